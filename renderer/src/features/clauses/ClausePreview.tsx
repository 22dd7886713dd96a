import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { VisuallyHidden } from '@mantine/core';
import type { RenderedClause, Segment } from '@shared/clauses';

function Segments({ segments }: { segments: Segment[] }) {
  const { t } = useTranslation('clauses');
  return (
    <>
      {segments.map((s, i) => {
        if (s.kind === 'text') return <Fragment key={i}>{s.text}</Fragment>;
        if (s.kind === 'value') {
          return (
            <span key={i} className="tw-ph-value" data-parameter={s.name}>
              {s.text}
            </span>
          );
        }
        return (
          <mark key={i} className="tw-ph-missing" data-parameter={s.name}>
            {s.text}
            <VisuallyHidden>{t('preview.notFilled')}</VisuallyHidden>
          </mark>
        );
      })}
    </>
  );
}

/** One clause as the contract will read: "1 Title", the body, "1.1 Heading. text", "(a) text". */
export function ClausePreview({ clause, headingLevel = 3 }: { clause: RenderedClause; headingLevel?: 2 | 3 | 4 }) {
  const { t } = useTranslation('clauses');
  const Heading = `h${headingLevel}` as const;
  return (
    <article
      className="tw-preview-clause"
      aria-label={t('preview.label', { number: clause.number, title: clause.title })}
      data-testid="clause-preview"
    >
      <Heading className="tw-preview-title">
        <span className="tw-preview-num">{clause.number}</span> {clause.title}
      </Heading>
      {clause.paragraphs.map((p, i) =>
        p.level === 0 ? (
          p.text.trim() ? (
            <p key={i} className="tw-preview-para" data-level={0}>
              <span>
                <Segments segments={p.segments} />
              </span>
            </p>
          ) : null
        ) : (
          <p key={i} className="tw-preview-para" data-level={p.level}>
            <span className="tw-preview-num">{p.number}</span>
            <span>
              {p.heading ? <span className="tw-preview-heading">{p.heading}. </span> : null}
              <Segments segments={p.segments} />
            </span>
          </p>
        ),
      )}
    </article>
  );
}

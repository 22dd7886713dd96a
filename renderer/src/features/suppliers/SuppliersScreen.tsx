import { useState } from 'react';
import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ScreenIntro } from '../../components/ScreenHeading';
import { LoadGate } from '../../components/LoadStates';
import { useSupplierRegister } from '../../store/suppliers';
import { RegisterList } from './RegisterList';
import { SupplierForm } from './SupplierForm';
import { SupplierPage } from './SupplierPage';

/** The workspace's supplier register, and each supplier's page with its tenders, answers and disclosures. */
export function SuppliersScreen() {
  const { t } = useTranslation('suppliers');
  const { register, status, error, loadRegister, saveSupplier, mergeSuppliers } = useSupplierRegister();
  const [openId, setOpenId] = useState<string | null>(null);
  const [adding, setAdding] = useState(false);
  const open = register?.suppliers.find((s) => s.id === openId);
  return (
    <Stack gap="lg">
      <ScreenIntro title={t('screen.title')}>{t('screen.intro')}</ScreenIntro>
      <LoadGate
        ready={register !== null}
        failed={status === 'error'}
        loadingLabel={t('screen.loading')}
        failedTitle={t('screen.loadFailed')}
        error={error}
        onRetry={() => void loadRegister({ force: true })}
      >
        {() =>
          open ? (
            <SupplierPage
              supplier={open}
              register={register!}
              onBack={() => setOpenId(null)}
              onOpen={setOpenId}
              onSave={saveSupplier}
              onMerge={mergeSuppliers}
            />
          ) : (
            <RegisterList register={register!} onOpen={setOpenId} onAdd={() => setAdding(true)} />
          )
        }
      </LoadGate>
      <SupplierForm
        opened={adding}
        onClose={() => setAdding(false)}
        onSave={async (supplier) => {
          const saved = await saveSupplier(supplier);
          setOpenId(saved.id);
        }}
      />
    </Stack>
  );
}

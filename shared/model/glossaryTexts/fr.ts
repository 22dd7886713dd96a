import type { GlossaryTexts } from './texts';

/* The glossary in French: the same entries, ids and related terms as the English, written anew. */
export const GLOSSARY_FR: GlossaryTexts = {
  meat: {
    term: 'Offre économiquement la plus avantageuse',
    short:
      'La règle d’attribution qui retient l’offre présentant le meilleur rapport global, en combinant le prix ou le coût avec la qualité.',
    long: 'Avec ce critère, l’offre retenue n’est pas simplement la moins chère. Chaque lot comporte des critères d’attribution de trois types : le prix, le coût (par exemple le coût sur tout le cycle de vie du produit) et la qualité, qui comprend les critères sociaux et environnementaux. Chaque critère a une pondération, les pondérations d’un lot totalisent exactement 100 % et l’offre qui obtient le total pondéré le plus élevé l’emporte.',
  },
  'award-criterion': {
    term: 'Critère d’attribution',
    short: 'Un aspect d’une offre qui est noté et compte pour désigner l’attributaire : son prix, son coût ou un aspect de sa qualité.',
    long: 'Les critères d’attribution sont de type prix, coût (coût du cycle de vie) ou qualité ; les critères sociaux et environnementaux relèvent de la qualité. Un critère peut être divisé en sous-critères, et un appel d’offres alloti a ses propres critères et pondérations par lot. Dans les avis eForms, le type correspond au champ BT-539 et le nom au BT-734.',
  },
  'criterion-weight': {
    term: 'Pondération',
    short:
      'La part de la note totale d’un lot que représente un critère, en pourcentage. Les pondérations d’un lot totalisent exactement 100 %.',
    long: 'Les pondérations indiquent l’importance de chaque critère. Tenderwright vérifie que les pondérations de chaque lot totalisent exactement 100 %, en les comparant en centièmes pour que des pondérations décimales comme 33,33 % ne provoquent pas d’erreurs d’arrondi. La pondération d’un critère est le nombre de points W auquel ses notes sont ramenées.',
  },
  'social-floor': {
    term: 'Plancher social',
    short:
      'La part minimale des pondérations d’un lot réservée aux critères sociaux : au moins 8 % dans Tenderwright, ou davantage si votre organisation le décide.',
    long: 'Des acheteurs qui contrôlent les chaînes d’approvisionnement électroniques ont constaté que les critères d’attribution sociaux commencent à changer le comportement des fournisseurs lorsqu’ils représentent au moins 8 % du total. Tenderwright impose 8 % au minimum, et une organisation peut fixer un plancher plus strict dans les Paramètres. D’autres planchers publiés existent : 10 % de valeur sociale au Royaume-Uni, 30 % pour le climat et l’environnement en Norvège.',
  },
  'pass-fail-requirement': {
    term: 'Exigence éliminatoire',
    short: 'Une condition que toute offre doit remplir, sans pondération ni note : une offre qui n’y satisfait pas est écartée.',
    long: 'Certaines conditions ne rapportent pas de points mais sont indispensables, par exemple que le fournisseur nomme les usines où les produits sont assemblés. Elles sont vérifiées comme remplies ou non remplies au lieu d’être pondérées. Les évaluateurs consignent un verdict pour chaque offre, et une exigence non remplie retire l’offre du classement.',
  },
  'minimum-quality-score': {
    term: 'Note de qualité minimale',
    short: 'Un seuil facultatif : une offre dont la note de qualité reste en dessous est écartée, quel que soit son prix.',
    long: 'Une note de qualité minimale empêche des offres faibles de l’emporter sur le seul prix. Elle est publiée à l’avance ; les offres qui ne l’atteignent pas sont exclues du classement. Dans eForms, il s’agit du champ de seuil BT-5423 avec la valeur min-score.',
  },
  lot: {
    term: 'Lot',
    short: 'Une partie d’un appel d’offres attribuée séparément, avec ses propres critères d’attribution, pondérations et évaluation.',
    long: 'Un appel d’offres peut être divisé en lots, par exemple les ordinateurs portables dans un lot et les imprimantes dans un autre. Chaque lot est évalué séparément : ses critères et pondérations doivent totaliser 100 %, ses offres sont notées par son jury, et il a son propre classement et sa propre décision d’attribution.',
  },
  'price-formula': {
    term: 'Formule de prix',
    short: 'La règle qui transforme le prix d’une offre en points pour le critère prix.',
    long: 'Les acheteurs utilisent plusieurs formules. Les formules relatives comparent chaque offre aux autres (rapport au prix le plus bas, linéaire entre le plus bas et le plus élevé, écart par rapport au plus bas) ; la formule absolue compare chaque offre à un plafond et à un plancher publiés à l’avance. Le choix compte : avec une formule relative, l’ajout ou le retrait d’une offre peut modifier l’ordre des autres. Le simulateur de prix de l’écran Critères le montre avec des offres fictives.',
  },
  'lowest-price-ratio': {
    term: 'Rapport au prix le plus bas',
    short: 'Une formule de prix relative : points = W × prix le plus bas ÷ prix de l’offre. L’offre la plus basse obtient tous les points.',
    long: 'La formule de prix la plus utilisée. Elle n’est pas linéaire : une offre très basse fait baisser toutes les autres notes et écrase les écarts entre elles. Comme les notes dépendent de l’offre la plus basse, l’arrivée ou le retrait d’une offre peut modifier le classement des autres.',
  },
  'linear-price-formula': {
    term: 'Linéaire entre le plus bas et le plus élevé',
    short:
      'Formule de prix relative : points = W × (prix le plus élevé − prix de l’offre) ÷ (plus élevé − plus bas). Tous les points au plus bas, aucun au plus élevé.',
    long: 'Les notes décroissent en ligne droite de l’offre valable la plus basse (tous les points) à la plus élevée (zéro). Lorsque toutes les offres sont égales, toutes obtiennent tous les points. Comme toute formule relative, les notes changent lorsqu’une offre est ajoutée ou retirée.',
  },
  'deviation-price-formula': {
    term: 'Écart par rapport au plus bas',
    short:
      'Une formule de prix relative : une offre perd des points en proportion de son écart au-dessus du prix le plus bas ; au double ou au-delà, elle obtient zéro.',
    long: 'Points = W × max(0, 1 − (prix de l’offre − prix le plus bas) ÷ prix le plus bas). Une offre 10 % au-dessus de la plus basse perd 10 % des points. La formule est relative : l’offre la plus basse fixe l’échelle pour toutes.',
  },
  'absolute-price-formula': {
    term: 'Formule de prix absolue',
    short:
      'Une formule de prix fondée sur un plafond et un plancher publiés à l’avance, de sorte qu’aucune offre n’influe sur la note d’une autre.',
    long: 'Points = W × (plafond − prix de l’offre) ÷ (plafond − plancher), borné entre 0 et W. Une offre au plancher ou en dessous obtient tous les points ; au plafond ou au-dessus, aucun. Chaque offre étant notée pour elle-même, le classement ne peut pas s’inverser lorsqu’une offre est ajoutée ou retirée, ce qui rend le résultat plus facile à défendre.',
  },
  'rank-reversal': {
    term: 'Inversion de classement',
    short:
      'Lorsque l’ajout ou le retrait d’une offre modifie l’ordre des autres offres, ce que les formules de prix relatives peuvent provoquer.',
    long: 'Avec une formule relative, chaque offre est notée par rapport au prix le plus bas (ou le plus élevé). Si cette offre est retirée, ou si une nouvelle offre très basse arrive, l’échelle se déplace et deux autres offres peuvent échanger leur place. Le simulateur de prix le signale lorsque cela se produit avec vos prix d’exemple ; la formule absolue l’évite.',
  },
  'quality-scale': {
    term: 'Échelle de qualité',
    short:
      'Les notes que les évaluateurs attribuent aux critères de qualité, par exemple de 0 à 5, avec un descripteur écrit pour chaque note.',
    long: 'Une échelle type va de 0 (inacceptable) à 5 (excellent), en passant par 1 (réserves importantes), 2 (réserves mineures), 3 (acceptable) et 4 (bon). Une note s sur une échelle allant jusqu’à s_max rapporte W × s ÷ s_max points. Des descripteurs clairs comptent : des descripteurs vagues rendent les notes difficiles à défendre en cas de recours contre l’attribution.',
  },
  consensus: {
    term: 'Consensus',
    short: 'La note convenue par le jury pour chaque offre et chaque critère, qui part de la moyenne des notes des évaluateurs.',
    long: 'Les évaluateurs notent d’abord chaque offre seuls, en motivant chaque note. Le consensus part de la moyenne de leurs notes. Lorsqu’elles divergent fortement, la note est signalée pour discussion et le jury peut consigner une note harmonisée avec sa justification ; les notes d’origine sont toujours conservées, afin que le dossier montre comment la décision a été prise.',
  },
  'score-spread': {
    term: 'Écart entre les notes',
    short:
      'La distance entre les notes des évaluateurs : (plus haute − plus basse) ÷ maximum de l’échelle. À 30 % ou plus, la note est signalée.',
    long: 'Un écart important signifie que les évaluateurs ont lu une offre différemment, et le jury doit en discuter avant de convenir d’une note. Tenderwright signale un critère lorsque l’écart atteint 30 % de l’échelle, par exemple un 2 et un 4 sur une échelle de 0 à 5.',
  },
  'moderated-score': {
    term: 'Note harmonisée',
    short: 'Une note que le jury convient en discussion, qui remplace la moyenne et est consignée avec sa justification.',
    long: 'L’harmonisation règle une note signalée. La note convenue, la personne qui l’a consignée et la raison sont conservées avec l’évaluation, à côté des notes d’origine des évaluateurs, qui ne sont jamais écrasées. Une bonne trace des raisons du choix d’une note est ce qui protège une décision d’attribution en cas de recours.',
  },
  leverage: {
    term: 'Levier',
    short:
      'La capacité d’un acheteur à faire évoluer le comportement d’un fournisseur ou d’un autre acteur, par exemple sur les droits des travailleurs dans sa chaîne.',
    long: 'Selon les Principes directeurs des Nations unies relatifs aux entreprises et aux droits de l’homme, un acheteur doit utiliser le levier dont il dispose. Il peut s’exercer sur les fournisseurs et sous-traitants, les partenaires, les clients et les pouvoirs publics. La pratique le classe en cinq catégories, de A à E, et selon son objectif, de l’obligation à la persuasion. Le levier est le plus fort lorsqu’il est intégré dès le début de la relation, à un moment de levier.',
  },
  'leverage-category-a': {
    term: 'Levier de catégorie A : commercial classique',
    short:
      'Le levier que donne la relation commerciale elle-même : clauses contractuelles, audits, critères d’attribution, questionnaires et incitations.',
    long: 'Le levier le plus direct pour un acheteur public, et celui qu’utilisent la plupart des clauses d’un appel d’offres : ce que le marché exige, ce sur quoi les offres sont notées, ce que les fournisseurs doivent déclarer et ce qu’ils gagnent à bien faire.',
  },
  'leverage-category-b': {
    term: 'Levier de catégorie B : activité au sens large',
    short:
      'Le levier que donne la manière de travailler de l’acheteur au-delà d’un marché : renforcer les fournisseurs, messages internes cohérents, normes internationales.',
    long: 'L’acheteur aide ici les fournisseurs à progresser, veille à ce que toutes les composantes de sa propre organisation demandent la même chose et se réfère à des normes internationales reconnues plutôt qu’à ses propres règles.',
  },
  'leverage-category-c': {
    term: 'Levier de catégorie C : avec des pairs',
    short: 'Le levier partagé avec d’autres acheteurs des mêmes produits, par exemple en fixant des exigences communes aux fournisseurs.',
    long: 'Un acheteur isolé peut être un petit client, mais plusieurs acheteurs publics qui demandent la même communication ou les mêmes normes pèsent beaucoup plus. Des exigences communes évitent aussi aux fournisseurs de répondre à de multiples demandes différentes.',
  },
  'leverage-category-d': {
    term: 'Levier de catégorie D : dialogue bilatéral',
    short: 'Le levier que donne le travail avec un tiers, comme une organisation de la société civile ou les pouvoirs publics.',
    long: 'L’acheteur dialogue directement avec une organisation extérieure à la chaîne d’approvisionnement, par exemple un organisme de contrôle qui rend compte des conditions dans les usines, ou une autorité publique qui peut agir là où l’acheteur ne le peut pas.',
  },
  'leverage-category-e': {
    term: 'Levier de catégorie E : collaboration multipartite',
    short:
      'Le levier que donnent les initiatives réunissant entreprises, acheteurs, syndicats, société civile et parfois pouvoirs publics.',
    long: 'Certains problèmes, comme les conditions de toute une industrie ou d’une région, dépassent un seul acheteur ou un seul fournisseur. Les initiatives multipartites mettent en commun l’influence de nombreux acteurs et donnent la parole aux travailleurs et à leurs organisations.',
  },
  'clause-purpose': {
    term: 'Objectif d’une clause',
    short:
      'Ce qu’une clause demande à l’autre partie, du plus contraignant au plus souple : l’obliger à traiter un problème, l’obliger à en discuter, ou la persuader.',
    long: 'Obliger un fournisseur à traiter un problème est la forme la plus contraignante ; l’obliger à en discuter est plus souple ; le persuader est la plus souple. L’expérience montre que la persuasion change les comportements plus souvent que l’obligation : un appel d’offres équilibré combine donc clauses contraignantes et clauses souples.',
  },
  'moment-of-traction': {
    term: 'Moment de levier',
    short:
      'Un moment de la relation où l’acheteur a le plus d’influence sur le fournisseur, comme la négociation ou le renouvellement du marché.',
    long: 'Le levier n’est pas constant. Il culmine à certains moments : négociation du marché, licence ou renouvellement, sélection des offres, rapports d’exécution périodiques, renouvellement des contrats de service, opérations de maintenance, paiements, contrôles ou audits, assistance technique et instruction des plaintes. Intégrer les exigences à ces moments dès le départ donne à l’acheteur un levier quand il en a besoin. Chaque clause indique les moments qu’elle utilise.',
  },
  'tier-1-disclosure': {
    term: 'Communication de rang 1',
    short: 'Le fournisseur nomme les usines, avec leur adresse, qui fabriquent les modèles de produits du marché.',
    long: 'La communication se fait par modèle de produit, dans un nombre de jours fixé après l’attribution du marché. Elle indique à l’acheteur et à ses organismes de contrôle où regarder. Elle doit être tenue à jour : actualisée à chaque changement d’usine et confirmée à intervalles réguliers.',
  },
  'tier-2-disclosure': {
    term: 'Communication de rang 2',
    short: 'Le fournisseur nomme les usines qui fabriquent les composants principaux des produits du marché.',
    long: 'Le rang 2 descend d’un niveau de plus dans la chaîne d’approvisionnement que le rang 1. Les composants à couvrir sont choisis selon leur risque et leur valeur, car lister chaque pièce d’un ordinateur portable n’est ni possible ni utile.',
  },
  'letter-of-concern': {
    term: 'Lettre de préoccupation',
    short:
      'Une lettre d’un acheteur à un fournisseur au sujet d’un problème constaté dans sa chaîne d’approvisionnement, lui demandant ce qu’il compte faire.',
    long: 'La lettre de préoccupation est une étape précoce et souple de la mise en œuvre : elle soulève formellement le problème et demande une réponse et un plan. De telles lettres ont fait avancer des dossiers de réparation enlisés. L’escalade et les sanctions viennent ensuite si rien ne change, et la réparation au profit des travailleurs passe avant la résiliation du marché.',
  },
  remedy: {
    term: 'Réparation',
    short:
      'Remédier au préjudice subi par les travailleurs, par exemple en remboursant des frais de recrutement ou en réintégrant des travailleurs licenciés.',
    long: 'Lorsqu’un manquement est constaté, le but est que les travailleurs concernés soient rétablis dans leurs droits. La résiliation du marché doit rester le dernier recours, car elle met aussi fin au levier de l’acheteur pour obtenir réparation.',
  },
  'maturity-level': {
    term: 'Niveau de maturité',
    short: 'Le degré d’avancement d’un fournisseur sur un sujet, tel que le montre sa réponse, de 0 (rien en place) à 3 (exemplaire).',
    long: 'Les réponses aux questions posées aux fournisseurs sont placées sur une échelle à quatre niveaux : 0 rien en place, 1 démarrage, 2 établi, 3 exemplaire. Chaque question décrit ce que signifie chaque niveau pour elle. Consigner les réponses dans le temps montre si un fournisseur progresse, ce qui est récompensé, comme dans les normes à niveaux utilisées dans le secteur minier.',
  },
  eforms: {
    term: 'eForms',
    short:
      'La norme de l’UE pour les avis de marché, où les critères d’attribution, les pondérations et les objectifs sociaux sont des champs codés, comme BT-539.',
    long: 'Les avis eForms décrivent les critères d’attribution de chaque lot : type (BT-539), nom (BT-734), description (BT-540), pondération (BT-541) et d’autres champs, ainsi que les objectifs d’achat stratégique et social. Tenderwright peut exporter les critères d’un appel d’offres en XML eForms et les vérifie d’abord au regard des règles officielles.',
  },
  ocds: {
    term: 'OCDS (Open Contracting Data Standard)',
    short:
      'Un format de données ouvertes pour publier les appels d’offres, attributions et marchés, y compris leurs critères d’attribution et objectifs de durabilité.',
    long: 'OCDS décrit les critères d’attribution d’un appel d’offres (par exemple prix seul, ou critères notés) et, avec des extensions, la pondération de chaque critère et les objectifs de durabilité de l’acheteur, comme les droits humains dans la chaîne d’approvisionnement. Tenderwright peut exporter un appel d’offres en JSON OCDS.',
  },
};

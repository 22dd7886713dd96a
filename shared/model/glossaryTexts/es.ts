import type { GlossaryTexts } from './texts';

/* The glossary in Spanish: the same entries, ids and related terms as the English, written anew. */
export const GLOSSARY_ES: GlossaryTexts = {
  meat: {
    term: 'Mejor relación calidad-precio (oferta económicamente más ventajosa)',
    short: 'La regla de adjudicación que elige la oferta con el mejor valor global, ponderando el precio o el coste junto con la calidad.',
    long: 'Con esta regla, la oferta ganadora no es simplemente la más barata. Cada lote tiene criterios de adjudicación de tres tipos: precio, coste (por ejemplo, el coste a lo largo de toda la vida del producto) y calidad, que incluye los criterios sociales y ambientales. Cada criterio tiene una ponderación, las ponderaciones de un lote suman exactamente el 100 % y gana la oferta con el total ponderado más alto.',
  },
  'award-criterion': {
    term: 'Criterio de adjudicación',
    short:
      'Un aspecto de una oferta que se puntúa y cuenta para elegir a la adjudicataria: su precio, su coste o un aspecto de su calidad.',
    long: 'Los criterios de adjudicación son de tipo precio, coste (coste del ciclo de vida) o calidad; los criterios sociales y ambientales cuentan como calidad. Un criterio puede dividirse en subcriterios, y una licitación dividida en lotes tiene sus propios criterios y ponderaciones por lote. En los anuncios eForms, el tipo es el campo BT-539 y el nombre el BT-734.',
  },
  'criterion-weight': {
    term: 'Ponderación',
    short:
      'La parte de la puntuación total de un lote que vale un criterio, en porcentaje. Las ponderaciones de un lote suman exactamente el 100 %.',
    long: 'Las ponderaciones indican cuánto importa cada criterio. Tenderwright comprueba que las ponderaciones de cada lote suman exactamente el 100 %, comparándolas en centésimas para que ponderaciones decimales como el 33,33 % no causen errores de redondeo. La ponderación de un criterio es el número de puntos W al que se escalan sus puntuaciones.',
  },
  'social-floor': {
    term: 'Umbral social',
    short:
      'La parte mínima de las ponderaciones de un lote que debe corresponder a criterios sociales: al menos el 8 % en Tenderwright, o más si su organización lo fija.',
    long: 'Compradores que supervisan las cadenas de suministro de electrónica comprobaron que los criterios de adjudicación sociales empiezan a cambiar el comportamiento de los proveedores cuando suponen al menos el 8 % del total. Tenderwright exige un mínimo del 8 %, y una organización puede fijar un umbral más estricto en Configuración. Otros umbrales publicados son el 10 % de valor social en el Reino Unido y el 30 % para clima y medio ambiente en Noruega.',
  },
  'pass-fail-requirement': {
    term: 'Requisito de cumplimiento obligatorio',
    short: 'Una condición que toda oferta debe cumplir, sin ponderación ni puntuación: la oferta que no la cumple queda excluida.',
    long: 'Algunas condiciones no valen puntos, pero son esenciales, por ejemplo que el proveedor nombre las fábricas en las que se realiza el ensamblaje final de los productos. Se comprueban como cumplidas o no cumplidas en lugar de ponderarse. Los evaluadores registran un veredicto para cada oferta, y un requisito no cumplido saca la oferta de la clasificación.',
  },
  'minimum-quality-score': {
    term: 'Puntuación mínima de calidad',
    short: 'Un umbral opcional: la oferta cuya puntuación de calidad no lo alcanza queda excluida, por bajo que sea su precio.',
    long: 'Una puntuación mínima de calidad impide que ofertas débiles ganen solo por el precio. Se publica de antemano; las ofertas que no la alcanzan quedan fuera de la clasificación. En eForms es el campo de umbral BT-5423 con el valor min-score.',
  },
  lot: {
    term: 'Lote',
    short:
      'Una parte de una licitación que se adjudica por separado, con sus propios criterios de adjudicación, ponderaciones y evaluación.',
    long: 'Una licitación puede dividirse en lotes, por ejemplo los portátiles en un lote y las impresoras en otro. Cada lote se evalúa por separado: sus criterios y ponderaciones deben sumar el 100 %, su mesa puntúa sus ofertas y tiene su propia clasificación y decisión de adjudicación.',
  },
  'price-formula': {
    term: 'Fórmula de precio',
    short: 'La regla que convierte el precio de una oferta en puntos para el criterio de precio.',
    long: 'Los compradores utilizan varias fórmulas. Las relativas comparan cada oferta con las demás (proporción respecto al precio más bajo, lineal entre el más bajo y el más alto, desviación respecto al más bajo); la absoluta compara cada oferta con un techo y un suelo publicados de antemano. La elección importa: con una fórmula relativa, añadir o retirar una oferta puede cambiar el orden de las demás. El simulador de precios de la pantalla Criterios lo muestra con ofertas de ejemplo.',
  },
  'lowest-price-ratio': {
    term: 'Proporción respecto al precio más bajo',
    short:
      'Una fórmula de precio relativa: puntos = W × precio más bajo ÷ precio de la oferta. La oferta más baja obtiene todos los puntos.',
    long: 'La fórmula de precio más utilizada. No es lineal: una oferta muy baja hace bajar todas las demás puntuaciones y comprime las diferencias entre ellas. Como las puntuaciones dependen de la oferta más baja, la llegada o la retirada de una oferta puede cambiar la clasificación de las demás.',
  },
  'linear-price-formula': {
    term: 'Lineal entre el más bajo y el más alto',
    short:
      'Fórmula de precio relativa: puntos = W × (precio más alto − precio de la oferta) ÷ (más alto − más bajo). La más baja, todos los puntos; la más alta, ninguno.',
    long: 'Las puntuaciones bajan en línea recta desde la oferta válida más baja (todos los puntos) hasta la más alta (cero). Cuando todas las ofertas son iguales, todas obtienen todos los puntos. Como toda fórmula relativa, las puntuaciones cambian cuando se añade o se retira una oferta.',
  },
  'deviation-price-formula': {
    term: 'Desviación respecto al más bajo',
    short:
      'Una fórmula de precio relativa: una oferta pierde puntos en proporción a cuánto supera el precio más bajo; al doble o más, obtiene cero.',
    long: 'Puntos = W × max(0, 1 − (precio de la oferta − precio más bajo) ÷ precio más bajo). Una oferta un 10 % por encima de la más baja pierde el 10 % de los puntos. Es relativa: la oferta más baja fija la escala para todas.',
  },
  'absolute-price-formula': {
    term: 'Fórmula de precio absoluta',
    short:
      'Una fórmula de precio que utiliza un techo y un suelo publicados de antemano, de modo que ninguna oferta afecta a la puntuación de otra.',
    long: 'Puntos = W × (techo − precio de la oferta) ÷ (techo − suelo), limitado entre 0 y W. Una oferta en el suelo o por debajo obtiene todos los puntos; en el techo o por encima, ninguno. Como cada oferta se puntúa por sí misma, la clasificación no puede invertirse cuando se añade o se retira una oferta, lo que hace el resultado más fácil de defender.',
  },
  'rank-reversal': {
    term: 'Inversión de la clasificación',
    short:
      'Cuando añadir o retirar una oferta cambia el orden de las demás ofertas, algo que pueden provocar las fórmulas de precio relativas.',
    long: 'Con una fórmula relativa, cada oferta se puntúa frente al precio más bajo (o más alto). Si esa oferta se retira, o llega una nueva oferta muy baja, la escala se desplaza y otras dos ofertas pueden intercambiar sus puestos. El simulador de precios avisa cuando esto ocurre con sus precios de ejemplo; la fórmula absoluta lo evita.',
  },
  'quality-scale': {
    term: 'Escala de calidad',
    short: 'Las notas que los evaluadores dan a los criterios de calidad, por ejemplo de 0 a 5, con un descriptor escrito para cada nota.',
    long: 'Una escala típica va de 0 (inaceptable) a 5 (excelente), pasando por 1 (reservas importantes), 2 (reservas menores), 3 (aceptable) y 4 (bueno). Una nota s en una escala hasta s_max aporta W × s ÷ s_max puntos. Los descriptores claros importan: los vagos hacen que las puntuaciones sean difíciles de defender si se recurre la adjudicación.',
  },
  consensus: {
    term: 'Consenso',
    short: 'La puntuación acordada por la mesa para cada oferta y criterio, que parte de la media de las puntuaciones de los evaluadores.',
    long: 'Los evaluadores puntúan primero cada oferta por su cuenta, con un motivo para cada puntuación. El consenso parte de la media de sus puntuaciones. Cuando difieren mucho, la puntuación se marca para debate y la mesa puede registrar una puntuación moderada con su justificación; las puntuaciones originales se conservan siempre, para que el expediente muestre cómo se llegó a la decisión.',
  },
  'score-spread': {
    term: 'Dispersión de las puntuaciones',
    short:
      'Cuánto difieren las puntuaciones de los evaluadores: (más alta − más baja) ÷ máximo de la escala. Al 30 % o más, la puntuación se marca.',
    long: 'Una dispersión amplia significa que los evaluadores han leído una oferta de forma distinta, y la mesa debe debatirlo antes de acordar una puntuación. Tenderwright marca un criterio cuando la dispersión alcanza el 30 % de la escala, por ejemplo un 2 y un 4 en una escala de 0 a 5.',
  },
  'moderated-score': {
    term: 'Puntuación moderada',
    short: 'Una puntuación que la mesa acuerda en el debate, que sustituye a la media y se registra con su justificación.',
    long: 'La moderación resuelve una puntuación marcada. La puntuación acordada, quién la registró y por qué se conservan con la evaluación, junto a las puntuaciones originales de los evaluadores, que nunca se sobrescriben. Dejar constancia clara de por qué se eligió una puntuación es lo que protege una decisión de adjudicación ante un recurso.',
  },
  leverage: {
    term: 'Influencia',
    short:
      'La capacidad de un comprador para cambiar el comportamiento de un proveedor o de otra parte, por ejemplo en los derechos de los trabajadores de su cadena de suministro.',
    long: 'Según los Principios Rectores de las Naciones Unidas sobre las empresas y los derechos humanos, se espera que un comprador use la influencia que tiene. Puede ejercerse sobre proveedores y contratistas, socios, clientes y gobiernos. La práctica la clasifica en cinco categorías, de la A a la E, y según su finalidad, desde obligar hasta persuadir. La influencia es mayor cuando se incorpora a la relación desde el principio, en un momento de tracción.',
  },
  'leverage-category-a': {
    term: 'Influencia de categoría A: comercial tradicional',
    short:
      'La influencia que da la propia relación comercial: cláusulas contractuales, auditorías, criterios de adjudicación, cuestionarios e incentivos.',
    long: 'La forma de influencia más directa para un comprador público, y la que usan la mayoría de las cláusulas de una licitación: lo que exige el contrato, sobre qué se puntúan las ofertas, qué deben comunicar los proveedores y qué ganan si lo hacen bien.',
  },
  'leverage-category-b': {
    term: 'Influencia de categoría B: actividad en sentido amplio',
    short:
      'La influencia que da la forma de trabajar del comprador más allá de un contrato: capacitar a los proveedores, mensajes internos coherentes, normas internacionales.',
    long: 'Aquí el comprador ayuda a los proveedores a mejorar, se asegura de que todas las partes de su propia organización pidan lo mismo y se remite a normas internacionales reconocidas en lugar de a sus propias reglas.',
  },
  'leverage-category-c': {
    term: 'Influencia de categoría C: con otras empresas',
    short:
      'La influencia compartida con otros compradores de los mismos productos, por ejemplo fijando requisitos comunes para los proveedores.',
    long: 'Un solo comprador puede ser un cliente pequeño, pero varios compradores públicos que piden la misma divulgación o las mismas normas tienen mucho más peso. Los requisitos comunes también evitan que los proveedores tengan que responder a muchas exigencias distintas.',
  },
  'leverage-category-d': {
    term: 'Influencia de categoría D: colaboración bilateral',
    short: 'La influencia que da trabajar con un tercero, como una organización de la sociedad civil o un gobierno.',
    long: 'El comprador colabora directamente con una organización ajena a la cadena de suministro, por ejemplo una organización de monitoreo que informa sobre las condiciones en las fábricas, o una autoridad pública que puede actuar donde el comprador no puede.',
  },
  'leverage-category-e': {
    term: 'Influencia de categoría E: colaboración multiactor',
    short: 'La influencia que dan las iniciativas que reúnen a empresas, compradores, sindicatos, sociedad civil y, a veces, gobiernos.',
    long: 'Algunos problemas, como las condiciones de toda una industria o región, superan a un solo comprador o proveedor. Las iniciativas multiactor suman la influencia de muchas partes y dan voz a los trabajadores y a sus organizaciones.',
  },
  'clause-purpose': {
    term: 'Finalidad de una cláusula',
    short:
      'Lo que una cláusula pide a la otra parte, de lo más exigente a lo más flexible: obligarla a abordar un problema, obligarla a dialogar o persuadirla.',
    long: 'Obligar a un proveedor a abordar un problema es la forma más exigente; obligarlo a dialogar sobre él es más flexible; persuadirlo es la más flexible. La experiencia muestra que la persuasión cambia los comportamientos más a menudo que la obligación, por lo que una licitación equilibrada combina cláusulas exigentes y flexibles.',
  },
  'moment-of-traction': {
    term: 'Momento de tracción',
    short:
      'Un punto de la relación en el que el comprador tiene más influencia sobre el proveedor, como la negociación o la renovación del contrato.',
    long: 'La influencia no es siempre la misma. Alcanza su máximo en ciertos momentos: negociación del contrato, licencia o renovación, selección de ofertas, informes periódicos de ejecución, renovación de contratos de servicio, operaciones de mantenimiento, pagos, monitoreo o auditorías, asistencia técnica e investigación de quejas. Incorporar los requisitos a estos momentos desde el principio da al comprador una palanca cuando la necesita. Cada cláusula indica los momentos que utiliza.',
  },
  'tier-1-disclosure': {
    term: 'Divulgación de nivel 1',
    short: 'El proveedor nombra las fábricas, con sus direcciones, que producen los modelos de producto del contrato.',
    long: 'La divulgación se hace por modelo de producto y vence en un número fijo de días tras la adjudicación del contrato. Indica al comprador y a sus monitores dónde mirar. Debe mantenerse al día: actualizada cada vez que cambia una fábrica y confirmada a intervalos fijos.',
  },
  'tier-2-disclosure': {
    term: 'Divulgación de nivel 2',
    short: 'El proveedor nombra las fábricas que producen los componentes principales de los productos del contrato.',
    long: 'El nivel 2 baja un escalón más en la cadena de suministro que el nivel 1. Los componentes que deben cubrirse se eligen por su riesgo y su valor, ya que enumerar todas las piezas de un portátil no es posible ni útil.',
  },
  'letter-of-concern': {
    term: 'Carta de preocupación',
    short:
      'Una carta de un comprador a un proveedor sobre un problema detectado en su cadena de suministro, en la que le pregunta qué va a hacer al respecto.',
    long: 'La carta de preocupación es un paso temprano y flexible en la exigencia del cumplimiento: plantea formalmente el problema y pide una respuesta y un plan. Estas cartas han hecho avanzar casos de reparación estancados. El escalado y las sanciones llegan después si nada cambia, y la reparación de los trabajadores va antes que la resolución del contrato.',
  },
  remedy: {
    term: 'Reparación',
    short:
      'Reparar el daño causado a los trabajadores, por ejemplo reembolsando las comisiones de contratación o readmitiendo a trabajadores despedidos.',
    long: 'Cuando se detecta un incumplimiento, el objetivo es que los trabajadores afectados sean resarcidos. La resolución del contrato debe ser el último recurso, porque poner fin al contrato también acaba con la influencia del comprador para conseguir la reparación.',
  },
  'maturity-level': {
    term: 'Nivel de madurez',
    short: 'Hasta dónde ha avanzado un proveedor en un tema según su respuesta, de 0 (inexistente) a 3 (referente).',
    long: 'Las respuestas a las preguntas a los proveedores se sitúan en una escala de cuatro niveles: 0 inexistente, 1 inicial, 2 consolidado, 3 referente. Cada pregunta describe lo que significa cada nivel para ella. Registrar las respuestas a lo largo del tiempo muestra si un proveedor mejora, lo que se premia, como en las normas por niveles utilizadas en la minería.',
  },
  eforms: {
    term: 'eForms',
    short:
      'La norma de la UE para los anuncios de contratación, en la que los criterios de adjudicación, las ponderaciones y los objetivos sociales son campos con códigos como BT-539.',
    long: 'Los anuncios eForms describen los criterios de adjudicación de cada lote: tipo (BT-539), nombre (BT-734), descripción (BT-540), ponderación (BT-541) y más, junto con los objetivos de contratación estratégica y social. Tenderwright puede exportar los criterios de una licitación como XML eForms y antes los comprueba con las reglas oficiales.',
  },
  ocds: {
    term: 'OCDS (Open Contracting Data Standard)',
    short:
      'Un formato de datos abiertos para publicar licitaciones, adjudicaciones y contratos, incluidos sus criterios de adjudicación y objetivos de sostenibilidad.',
    long: 'OCDS describe los criterios de adjudicación de una licitación (por ejemplo, solo precio o criterios puntuados) y, con extensiones, la ponderación de cada criterio y los objetivos de sostenibilidad del comprador, como los derechos humanos en la cadena de suministro. Tenderwright puede exportar una licitación como JSON OCDS.',
  },
};

import type { Language } from './language';

/*
 * The general-purpose descriptors of a new quality scale, per language, level 0 first. The English ones
 * live beside the scale (scoring.ts DEFAULT_DESCRIPTORS); these are the same labels in French and Spanish.
 */
export const TRANSLATED_DEFAULT_DESCRIPTORS: Record<Exclude<Language, 'en'>, { 5: readonly string[]; 10: readonly string[] }> = {
  fr: {
    5: [
      'Inacceptable : la réponse est absente ou ne traite pas le critère.',
      'Réserves importantes : la réponse ne traite le critère qu’en partie et laisse des doutes majeurs.',
      'Réserves mineures : la réponse traite le critère, avec des lacunes qui comptent.',
      'Acceptable : la réponse satisfait au critère sans lacune significative.',
      'Bon : la réponse satisfait pleinement au critère, preuves à l’appui.',
      'Excellent : la réponse va au-delà du critère, avec des preuves solides.',
    ],
    10: [
      'Inacceptable : la réponse est absente ou ne traite pas le critère.',
      'Très insuffisant : seuls quelques points sont traités et la plupart ne sont pas étayés.',
      'Insuffisant : plusieurs points sont traités, avec des lacunes ou des doutes majeurs.',
      'Faible : le critère est en partie satisfait ; d’importantes lacunes subsistent.',
      'En deçà des attentes : l’essentiel du critère est satisfait, avec des lacunes qui comptent.',
      'Suffisant : le critère est satisfait au niveau minimal attendu.',
      'Satisfaisant : le critère est satisfait, avec quelques lacunes mineures.',
      'Bon : le critère est pleinement satisfait, preuves à l’appui.',
      'Très bon : le critère est pleinement satisfait, avec une certaine valeur ajoutée.',
      'Excellent : une valeur ajoutée nette, avec des preuves solides.',
      'Exceptionnel : dépasse le critère sur tous les points, avec des preuves vérifiables.',
    ],
  },
  es: {
    5: [
      'Inaceptable: no hay respuesta o no aborda el criterio.',
      'Reservas importantes: la respuesta solo aborda el criterio en parte y deja dudas importantes.',
      'Reservas menores: la respuesta aborda el criterio, con carencias relevantes.',
      'Aceptable: la respuesta cumple el criterio sin carencias significativas.',
      'Bueno: la respuesta cumple plenamente el criterio y está respaldada por pruebas.',
      'Excelente: la respuesta va más allá del criterio, respaldada por pruebas sólidas.',
    ],
    10: [
      'Inaceptable: no hay respuesta o no aborda el criterio.',
      'Muy deficiente: solo se abordan algunos puntos y la mayoría sin respaldo.',
      'Deficiente: se abordan varios puntos, con carencias o dudas importantes.',
      'Débil: el criterio se cumple en parte; quedan carencias importantes.',
      'Por debajo de lo esperado: se cumple la mayor parte del criterio, con carencias relevantes.',
      'Suficiente: el criterio se cumple en el nivel mínimo esperado.',
      'Satisfactorio: el criterio se cumple con algunas carencias menores.',
      'Bueno: el criterio se cumple plenamente y está respaldado por pruebas.',
      'Muy bueno: el criterio se cumple plenamente y aporta cierto valor añadido.',
      'Excelente: un claro valor añadido, respaldado por pruebas sólidas.',
      'Sobresaliente: supera el criterio en todos los puntos con pruebas verificables.',
    ],
  },
};

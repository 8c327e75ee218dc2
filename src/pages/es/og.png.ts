/** /es/og.png: the Spanish front page's preview card. */
import { frontCardRoute } from '~/lib/card-route';

export const GET = frontCardRoute('es');

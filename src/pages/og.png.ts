/** /og.png: the front page's preview card: the site's name and the headline figure. */
import { frontCardRoute } from '~/lib/card-route';

export const GET = frontCardRoute('en');

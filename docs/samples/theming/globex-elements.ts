// Globex's own copy of Evident, bundled into Globex's product: its tags carry Globex's prefix, so it
// never clashes with another copy (or version) of Evident that the host page already loaded.
import { defineElements } from '@evident/elements';

const tags = defineElements({ prefix: 'globex' });
console.info(`Evident registered as ${tags['rating-scale']}, ${tags['review-form']}, …`);

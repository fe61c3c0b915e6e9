/**
 * An intranet page of the kind the end-to-end test drives: a review form and the subject's evidence
 * trail inside one provider, connected to the API named in the query string.
 */
import { defineElements } from '@evident/elements';

defineElements();
const query = new URLSearchParams(location.search);
const provider = document.createElement('evident-provider');
provider.setAttribute('base-url', query.get('api') ?? '');
provider.setAttribute('token', query.get('token') ?? '');
const form = document.createElement('review-form');
form.setAttribute('review-id', query.get('review') ?? '');
const timeline = document.createElement('evidence-timeline');
timeline.setAttribute('subject-id', query.get('subject') ?? '');
provider.append(form, timeline);
document.getElementById('app')!.append(provider);

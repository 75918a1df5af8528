// Progressive enhancement only: every page works without it. GOV.UK Frontend's components
// (the navigation's menu button on small screens, buttons that guard against double
// submission, error summaries that take focus) start here.
import { initAll } from './govuk-frontend.min.js';

initAll();

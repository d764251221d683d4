// Accountability to affected people: feedback and complaints (restricted), their figures (protected), M&E evaluations (public).
import './feedback-enums';
import './illegal-feedback-transition-error';
import './feedback-entry';
import './feedback-figures';
import './evaluation';

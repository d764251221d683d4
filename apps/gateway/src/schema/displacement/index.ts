// Displacement (DTM) figures, per-area displacement and the published figures.
import './displacement-figure';
import './area-displacement';
import './published-displacement-figures';

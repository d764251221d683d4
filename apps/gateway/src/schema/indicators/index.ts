// Indicators, their targets, values and progress.
import './indicator-unit';
import './indicator-progress';
import './indicator';

// Programmes and their money totals.
import './money-total';
import './programme';

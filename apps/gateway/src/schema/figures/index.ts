// Published figures: reach tables and sector shares, suppressed for public callers.
import './figure-table';
import './reach-dimension';
import './reach-query';
import './sector-shares';

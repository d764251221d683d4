// Funding transactions and funding by donor.
import './funding';
import './funding-by-donor';

// People (restricted): beneficiaries, service deliveries, referrals, consent, disability, erasure, the duplicate review queue, registration imports and their errors.
import './beneficiary';
import './service-delivery';
import './referral';
import './duplicate-candidates';
import './illegal-transition-error';
import './consent';
import './disability';
import './erase-person';
import './duplicate-pair';
import './import-registrations';

// People (restricted): beneficiaries, service deliveries, referrals and their errors.
import './beneficiary';
import './service-delivery';
import './referral';
import './duplicate-candidates';
import './illegal-transition-error';

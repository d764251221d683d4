// Centres, the services they offer and the organisations operating them.
import './centre';
import './centre-service';
import './centre-partner';

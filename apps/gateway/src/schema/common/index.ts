// The shared scalars, Locale, LocalizedName and the error types every area uses.
import './scalars';
import './locale';
import './localized-name';
import './errors';
import './forbidden-error-type';
import './vocabulary-enums';

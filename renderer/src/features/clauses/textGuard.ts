// The clause dialog takes the guard from here; everything else imports lib/textGuard directly.
export { tooLongMessage } from '../../lib/textGuard';

// The planning's dialogs, fetched with Material's dialog the first time one opens. One module for
// them all: a dynamic import of '@angular/material/dialog' alone would be an entry point of its
// own, and the bundler would split the chunks every page shares (focus handling, ripples) in two.
export { ConfirmDialog } from '../../../shared/ui/confirm-dialog';
export { WorkedDialog } from '../../time-accounts/components/worked-dialog';
export { AssignDialog } from './assign-dialog';
export { ShiftDialog } from './shift-dialog';
export { MatDialog } from '@angular/material/dialog';

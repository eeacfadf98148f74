import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject, OnInit, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatChipsModule } from '@angular/material/chips';
import { MatDialog } from '@angular/material/dialog';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MatTableModule } from '@angular/material/table';
import { MatTooltip } from '@angular/material/tooltip';
import { Role, ROLE_LABELS, UserAdminResponse } from '@vigie/shared';

import { AuthService } from '../../../core/auth/auth.service';
import { problemOf } from '../../../core/http/problem';
import { loadInto } from '../../../shared/data/load-into';
import { SvgIcon } from '../../../shared/ui/svg-icon';
import { UsersApi } from '../data-access/users.api';
import { UserDialog } from './user-dialog';

/** The chief's accounts page: who can sign in, with which roles. */
@Component({
  selector: 'vg-users-page',
  imports: [
    DatePipe,
    MatButtonModule,
    MatChipsModule,
    SvgIcon,
    MatProgressBarModule,
    MatTableModule,
    MatTooltip,
  ],
  templateUrl: './users.page.html',
  styleUrl: './users.page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class UsersPage implements OnInit {
  private readonly api = inject(UsersApi);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  readonly me = inject(AuthService).user;

  readonly users = signal<UserAdminResponse[]>([]);
  readonly loading = signal(true);
  readonly error = signal<string | null>(null);
  readonly columns = ['name', 'roles', 'state', 'lastLogin', 'actions'];

  roleLabel(role: string): string {
    return ROLE_LABELS[role as Role] ?? role;
  }

  ngOnInit(): void {
    void this.load();
  }

  async load(): Promise<void> {
    await loadInto(this, async () => {
      this.users.set((await this.api.list()).items);
    });
  }

  open(user: UserAdminResponse | null): void {
    this.dialog
      .open(UserDialog, { data: user, autoFocus: 'first-tabbable' })
      .afterClosed()
      .subscribe((saved?: UserAdminResponse) => {
        if (saved) {
          this.replace(saved);
          this.snackBar.open($localize`Compte ${saved.login} enregistré.`, 'OK', { duration: 4000 });
        }
      });
  }

  async toggle(user: UserAdminResponse): Promise<void> {
    try {
      this.replace(await this.api.update(user.id, { disabled: !user.disabled, version: user.version }));
    } catch (error) {
      this.snackBar.open(problemOf(error).detail, 'OK', { duration: 8000 });
      await this.load();
    }
  }

  private replace(saved: UserAdminResponse): void {
    const others = this.users().filter((user) => user.id !== saved.id);
    this.users.set([...others, saved].sort((a, b) => a.login.localeCompare(b.login)));
  }
}

import { ChangeDetectionStrategy, Component, computed, inject, OnInit } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import { RouterLink } from '@angular/router';
import { CameraKind, type CameraResponse, CameraStatus, type DeploymentResponse } from '@vigie/shared';

import { AuthService } from '../../../core/auth/auth.service';
import { Territory } from '../../../shared/territory/territory';
import { openFormDialog } from '../../../shared/ui/form-dialog';
import { SvgIcon } from '../../../shared/ui/svg-icon';
import { CameraDialog, type CameraDialogResult } from '../components/camera-dialog';
import { CameraList } from '../components/camera-list';
import { CameraMap } from '../components/camera-map';
import { CameraPlanDialog } from '../components/camera-plan-dialog';
import { DeploymentChart } from '../components/deployment-chart';
import { type CameraFilters, CamerasStore } from '../data-access/cameras.store';
import { deploymentGauges } from '../deployment';
import { CAMERA_STATUS_COLOURS, cameraKindLabel, cameraStatusLabel } from '../video-words';

/**
 * « Vidéoprotection »: the service's cameras on a map and in a list (agents read them), the
 * deployment against the council's plan (supervisors and the chief), the registry kept by the chief.
 */
@Component({
  selector: 'vg-video-page',
  imports: [
    CameraList,
    CameraMap,
    DeploymentChart,
    MatButtonModule,
    MatFormFieldModule,
    SvgIcon,
    MatProgressBarModule,
    MatSelectModule,
    RouterLink,
  ],
  providers: [CamerasStore],
  templateUrl: './video.page.html',
  styleUrl: './video.page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class VideoPage implements OnInit {
  readonly store = inject(CamerasStore);
  private readonly auth = inject(AuthService);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);

  readonly canSeeDeployment = computed(() => {
    this.auth.user();
    return this.auth.can('readDeployment');
  });
  readonly canWrite = computed(() => {
    this.auth.user();
    return this.auth.can('writeCameras');
  });
  readonly canPlan = computed(() => {
    this.auth.user();
    return this.auth.can('manageCameraPlan');
  });
  readonly canManageFootage = computed(() => {
    this.auth.user();
    return this.auth.can('manageFootage');
  });

  readonly gauges = computed(() => deploymentGauges(this.store.deployment()?.totals ?? []));
  readonly legend = computed(() => {
    const counts = this.store.countsByStatus();
    return Object.values(CameraStatus)
      .filter((status) => counts[status] > 0)
      .map((status) => ({
        status,
        label: cameraStatusLabel(status),
        colour: CAMERA_STATUS_COLOURS[status],
        count: counts[status],
      }));
  });
  readonly statuses = Object.values(CameraStatus).map((value) => ({
    value,
    label: cameraStatusLabel(value),
  }));
  readonly kinds = Object.values(CameraKind).map((value) => ({ value, label: cameraKindLabel(value) }));
  /** The service's quartiers, then those it retired (cameras may stay filed under them). */
  readonly quartiers = inject(Territory).filterOptions;

  ngOnInit(): void {
    void this.load();
  }

  load(): Promise<void> {
    return this.store.load(this.canSeeDeployment());
  }

  filter(change: Partial<CameraFilters>): void {
    this.store.setFilters(change);
  }

  select(id: string): void {
    this.store.select(this.store.selectedId() === id ? null : id);
  }

  editPlan(deployment: DeploymentResponse): void {
    openFormDialog<DeploymentResponse, DeploymentResponse>(
      this.dialog,
      CameraPlanDialog,
      deployment,
    ).subscribe((revised) => {
      if (!revised) return;
      this.store.deployment.set(revised);
      this.snackBar.open($localize`Plan de déploiement enregistré.`, 'OK', { duration: 4000 });
    });
  }

  open(camera: CameraResponse | null): void {
    openFormDialog<CameraDialogResult, CameraResponse | null>(this.dialog, CameraDialog, camera).subscribe(
      (result) => {
        if (result === 'reload') {
          void this.load();
          this.snackBar.open(
            $localize`La caméra avait été modifiée entre-temps : le registre est rechargé, refaites votre modification.`,
            'OK',
            { duration: 8000 },
          );
        } else if (result) {
          this.store.saved(result);
          this.store.select(result.id);
          this.snackBar.open($localize`Caméra ${result.code} enregistrée.`, 'OK', { duration: 4000 });
        }
      },
    );
  }
}

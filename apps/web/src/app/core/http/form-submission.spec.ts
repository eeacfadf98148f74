import { HttpErrorResponse } from '@angular/common/http';
import { FormControl, FormGroup, Validators } from '@angular/forms';

import { FormSubmission } from './form-submission';

/** A call the server refuses with this problem. */
const refused = (body: { status: number }) =>
  jest
    .fn<Promise<string>, []>()
    .mockRejectedValue(new HttpErrorResponse({ status: body.status, error: body }));

describe('a form sent to the API', () => {
  it('is not sent while invalid, and shows every field’s error', () => {
    const form = new FormGroup({ name: new FormControl('', Validators.required) });
    expect(new FormSubmission().ready(form)).toBe(false);
    expect(form.controls.name.touched).toBe(true);
  });

  it('is not sent twice while the first is on its way', async () => {
    const submission = new FormSubmission();
    const form = new FormGroup({ name: new FormControl('Dupont') });
    let answer!: (value: string) => void;
    const sending = submission.send(
      () => new Promise<string>((resolve) => (answer = resolve)),
      () => undefined,
    );
    expect(submission.ready(form)).toBe(false);
    answer('ok');
    await sending;
    expect(submission.ready(form)).toBe(true);
  });

  it('keeps the server’s detail and a message per field when refused, and hands nothing on', async () => {
    const submission = new FormSubmission((message) => `${message}.`);
    const done = jest.fn();
    await submission.send(
      refused({
        type: 'about:blank',
        title: 'Requête invalide',
        status: 400,
        detail: 'Le libellé est trop long.',
        errors: [{ field: 'label', message: 'au plus 80 caractères' }],
      }),
      done,
    );
    expect(done).not.toHaveBeenCalled();
    expect(submission.error()).toBe('Le libellé est trop long.');
    expect(submission.serverErrors()).toEqual({ label: 'au plus 80 caractères.' });
    expect(submission.stale()).toBe(false);
    expect(submission.saving()).toBe(false);
  });

  it('says the record is stale on a version conflict, and forgets it on the next attempt', async () => {
    const submission = new FormSubmission();
    await submission.send(
      refused({
        type: 'about:blank',
        title: 'Conflit',
        status: 409,
        detail: 'Modifié entre-temps.',
        code: 'VERSION_CONFLICT',
      }),
      () => undefined,
    );
    expect(submission.stale()).toBe(true);
    const done = jest.fn();
    await submission.send(() => Promise.resolve('enregistré'), done);
    expect(done).toHaveBeenCalledWith('enregistré');
    expect(submission.stale()).toBe(false);
    expect(submission.error()).toBeNull();
  });
});

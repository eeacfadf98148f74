import { TestBed } from '@angular/core/testing';
import { DateAdapter } from '@angular/material/core';
import { isoDateOfPicker, pickerDateOf } from '@vigie/shared';

import { provideFrenchDates } from './french-dates';

describe('French dates of the datepicker', () => {
  let adapter: DateAdapter<Date>;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: provideFrenchDates() });
    adapter = TestBed.inject<DateAdapter<Date>>(DateAdapter);
  });

  it('reads a typed date day first', () => {
    expect(isoDateOfPicker(adapter.parse('04/01/2027', null)!)).toBe('2027-01-04');
    expect(isoDateOfPicker(adapter.parse('4/1/2027', null)!)).toBe('2027-01-04');
  });

  it('refuses a date that does not exist or another layout', () => {
    expect(adapter.isValid(adapter.parse('31/02/2027', null)!)).toBe(false);
    expect(adapter.isValid(adapter.parse('2027-01-04x', null)!)).toBe(false);
    expect(adapter.parse('', null)).toBeNull();
  });

  it('shows dates as dd/MM/yyyy and starts weeks on Monday', () => {
    expect(
      adapter.format(pickerDateOf('2027-01-04'), { year: 'numeric', month: 'numeric', day: 'numeric' }),
    ).toBe('04/01/2027');
    expect(adapter.getFirstDayOfWeek()).toBe(1);
  });
});

import { readDpmIds } from '../../core/intake/dpm-ids';
import { bare, ctxOf, fixture, spanText } from './helpers';

describe('DPM error IDs', () => {
  test('(ID: 33231) at the end of a cmdlet error', () => {
    const text = fixture('dpm-33231-console.txt');
    const list = readDpmIds(ctxOf(text));
    expect(list.map(bare)).toEqual([{ kind: 'dpm-id', id: 33231 }]);
    expect(spanText(text, list[0])).toBe('(ID: 33231)');
  });
  test('Error(Id= 33234) from SetDpmServer, and ID 33234 in DPM prose', () => {
    expect(readDpmIds(ctxOf(fixture('setdpmserver-33234.txt'))).map((e) => e.id)).toEqual([33234]);
    expect(readDpmIds(ctxOf('SetDPMServer rejects this certificate (ID 33234).')).map((e) => e.id)).toEqual([33234]);
    expect(readDpmIds(ctxOf('DPM shows ID 33231 again')).map((e) => e.id)).toEqual([33231]);
  });
  test('event IDs and IDs outside DPM text are not DPM errors', () => {
    expect(readDpmIds(ctxOf(fixture('lync-fabric-18465.txt')))).toEqual([]);
    expect(readDpmIds(ctxOf('Event ID: 33231 and ID 33231'))).toEqual([]);
  });
});

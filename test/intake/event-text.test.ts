import { readEventText } from '../../core/intake/event-text';
import { bare, ctxOf, fixture } from './helpers';

const FABRIC = {
  kind: 'event',
  format: 'text',
  provider: 'Microsoft-Windows-WindowsFabric',
  eventId: 18465,
  level: 'Warning',
  channel: 'Microsoft-Windows-WindowsFabric/Admin',
  computer: 'lync2013.msxfaq.net',
  elements: [],
};

describe('event text', () => {
  test('Event Viewer text, one label per line', () => {
    const [e] = readEventText(ctxOf(fixture('lync-fabric-18465.txt')));
    expect(bare(e)).toEqual({
      ...FABRIC,
      description:
        'Replica on b6277d62e11a4e816f7179f3d6b8e7:129970606058458545 for FailoverUnit 6aebabd3-c487-445e-8450-11c522ec93a8 service fabric:/lync/routing/0D51A9AAABD9547087FA349556503C9F [0-0] partition name build error OperationFailed',
      data: {
        channel: 'Microsoft-Windows-WindowsFabric/Admin',
        provider: 'Microsoft-Windows-WindowsFabric',
        eventId: '18465',
        task: 'FM',
        level: 'Warning',
        user: 'NETWORK SERVICE',
        computer: 'lync2013.msxfaq.net',
        description: expect.stringMatching(/^Replica on .* OperationFailed$/),
      },
    });
  });

  test('the same event flattened onto one line as seed 004 has it', () => {
    const list = readEventText(ctxOf(fixture('lync-fabric-18465-oneline.txt')));
    expect(list).toHaveLength(1);
    expect(bare(list[0])).toMatchObject({ ...FABRIC, description: expect.stringMatching(/^Replica on .* für FailoverUnit .* OperationFailed$/) });
    expect(list[0].data.keywords).toBe('None');
  });

  test('German Event Viewer text (Protokollname, Quelle, Ereignis-ID, Ebene: Fehler)', () => {
    const [e] = readEventText(ctxOf(fixture('schannel-36887-de.txt')));
    expect(bare(e)).toMatchObject({
      format: 'text',
      provider: 'Schannel',
      eventId: 36887,
      level: 'Error',
      channel: 'System',
      computer: 'NDES-Server.domain.com',
      timeCreated: '21.08.2015 23:31:32',
      description: 'Es wurde eine schwerwiegende Warnung vom Remoteendpunkt empfangen. Der im TLS-Protokoll definierte schwerwiegende Warnungscode lautet 46.',
    });
    expect(e.data.level).toBe('Fehler');
  });

  test('Get-WinEvent | Format-List', () => {
    const list = readEventText(ctxOf(fixture('get-winevent-fl-capi2.txt')));
    expect(list.map(bare)).toEqual([
      {
        kind: 'event',
        format: 'text',
        provider: 'Microsoft-Windows-CAPI2',
        eventId: 11,
        timeCreated: '21.08.2015 23:34:59',
        description: 'Build Chain.',
        elements: [],
        data: { timeCreated: '21.08.2015 23:34:59', provider: 'Microsoft-Windows-CAPI2', eventId: '11', description: 'Build Chain.' },
      },
    ]);
  });

  test('two events pasted one after the other', () => {
    const two = `${fixture('lync-fabric-18465.txt')}\n${fixture('lync-fabric-18465.txt').replace('18465', '18466')}`;
    expect(readEventText(ctxOf(two)).map((e) => e.eventId)).toEqual([18465, 18466]);
  });

  test('prose with a "Source:" line is not an event', () => {
    expect(readEventText(ctxOf('Source: the DPM blog\nUser: me'))).toEqual([]);
  });
});

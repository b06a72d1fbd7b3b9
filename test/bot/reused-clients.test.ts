// Connector and user-token clients are built once per (app id, audience, service URL) and reused,
// with the real Bot Framework authentication underneath (authentication off: anonymous claims).
import { ConfigurationBotFrameworkAuthentication, type Activity } from 'botbuilder';
import { BotFrameworkAuthentication, ClaimsIdentity, ConnectorFactory, type ConnectorClient, type UserTokenClient } from 'botframework-connector';
import { ReusingBotFrameworkAuthentication } from '../../bot/reused-clients';

const activity = (serviceUrl: string) => ({ type: 'message', serviceUrl, channelId: 'msteams' }) as Activity;

describe('ReusingBotFrameworkAuthentication', () => {
  const inner = new ConfigurationBotFrameworkAuthentication({ MicrosoftAppId: '', MicrosoftAppPassword: '' });

  it('hands out one connector client per service URL across turns, and a new one for another URL', async () => {
    const auth = new ReusingBotFrameworkAuthentication(inner);
    const clientFor = async (url: string) => {
      const result = await auth.authenticateRequest(activity(url), '');
      return result.connectorFactory!.create(url, result.audience);
    };
    const a1 = await clientFor('https://smba.trafficmanager.net/emea/');
    const a2 = await clientFor('https://smba.trafficmanager.net/emea/');
    const b = await clientFor('https://smba.trafficmanager.net/amer/');
    expect(a2).toBe(a1);
    expect(b).not.toBe(a1);
    expect(a1.conversations).toBeDefined();
    expect(auth.connectorCount).toBe(2);
  });

  it('reuses the user token client for the same app id', async () => {
    const auth = new ReusingBotFrameworkAuthentication(inner);
    const { claimsIdentity } = await auth.authenticateRequest(activity('https://smba.trafficmanager.net/emea/'), '');
    expect(await auth.createUserTokenClient(claimsIdentity)).toBe(await auth.createUserTokenClient(claimsIdentity));
  });

  it('forgets the least recently used clients beyond its bound (service URLs come from requests)', async () => {
    const auth = new ReusingBotFrameworkAuthentication(inner);
    for (let i = 0; i < 100; i++) {
      const url = `https://smba.trafficmanager.net/r${i}/`;
      const result = await auth.authenticateRequest(activity(url), '');
      await result.connectorFactory!.create(url, result.audience);
    }
    expect(auth.connectorCount).toBe(64);
  });

  it('does not keep a failed creation: the next turn tries again', async () => {
    let calls = 0;
    const flaky = new (class extends BotFrameworkAuthentication {
      authenticateRequest = inner.authenticateRequest.bind(inner);
      authenticateStreamingRequest = inner.authenticateStreamingRequest.bind(inner);
      createConnectorFactory(): ConnectorFactory {
        return new (class extends ConnectorFactory {
          async create(): Promise<ConnectorClient> {
            calls++;
            if (calls === 1) throw new Error('token endpoint down');
            return { calls } as unknown as ConnectorClient;
          }
        })();
      }
      createUserTokenClient(): Promise<UserTokenClient> {
        return Promise.reject(new Error('unused'));
      }
    })();
    const auth = new ReusingBotFrameworkAuthentication(flaky);
    const factory = auth.createConnectorFactory(new ClaimsIdentity([], true));
    await expect(factory.create('https://smba.trafficmanager.net/emea/')).rejects.toThrow('token endpoint down');
    const client = await factory.create('https://smba.trafficmanager.net/emea/');
    expect(client).toEqual({ calls: 2 });
    expect(await factory.create('https://smba.trafficmanager.net/emea/')).toBe(client);
  });
});

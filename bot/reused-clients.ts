// Bot Framework clients reused across turns. CloudAdapter asks its authentication for a new
// ConnectorClient and a new UserTokenClient on every turn, and each builds an HTTP pipeline with its
// own policies: on a busy endpoint that is a good share of a turn's CPU, spent even on turns that
// never call out (expectReplies, invokes answered inline). A client holds nothing of the turn: its
// identity is the bot's app id, the audience and the service URL, and its credentials cache and
// refresh their own token. So one client per (app id, audience, service URL) is reused, as
// Microsoft's own BotBuilder for .NET does ("a significant boost in throughput if we reuse a
// connectorClient", ClientManager, cached by service URL and app id). The cache is bounded: without
// authentication the service URL comes from the request itself.
import {
  AuthenticationConstants,
  BotFrameworkAuthentication,
  ConnectorFactory,
  type AuthenticateRequestResult,
  type BotFrameworkClient,
  type ClaimsIdentity,
  type ConnectorClient,
  type UserTokenClient,
} from 'botframework-connector';
import type { Activity } from 'botbuilder';

/** A small map that forgets its least recently used entries beyond a count. */
class BoundedCache<V> {
  private readonly entries = new Map<string, V>();

  constructor(private readonly max: number) {}

  get size(): number {
    return this.entries.size;
  }

  getOrCreate(key: string, create: () => V): V {
    const hit = this.entries.get(key);
    if (hit !== undefined) {
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit;
    }
    const value = create();
    this.entries.set(key, value);
    if (this.entries.size > this.max) this.entries.delete(this.entries.keys().next().value as string);
    return value;
  }

  delete(key: string): void {
    this.entries.delete(key);
  }
}

/** The bot's app id in a request's claims, where BotFrameworkAuthentication itself looks for it. */
function appIdOf(claims: ClaimsIdentity): string {
  return claims.getClaimValue(AuthenticationConstants.AudienceClaim) ?? claims.getClaimValue(AuthenticationConstants.AppIdClaim) ?? '';
}

/** Most distinct clients kept: service URLs are a handful per cloud region. */
const MAX_CLIENTS = 64;

export class ReusingBotFrameworkAuthentication extends BotFrameworkAuthentication {
  private readonly connectors = new BoundedCache<Promise<ConnectorClient>>(MAX_CLIENTS);
  private readonly userTokenClients = new BoundedCache<Promise<UserTokenClient>>(MAX_CLIENTS);

  constructor(private readonly inner: BotFrameworkAuthentication) {
    super();
  }

  /** How many connector clients are held (for tests). */
  get connectorCount(): number {
    return this.connectors.size;
  }

  async authenticateRequest(activity: Activity, authHeader: string): Promise<AuthenticateRequestResult> {
    return this.withReusedConnectors(await this.inner.authenticateRequest(activity, authHeader));
  }

  async authenticateStreamingRequest(authHeader: string, channelIdHeader: string): Promise<AuthenticateRequestResult> {
    return this.withReusedConnectors(await this.inner.authenticateStreamingRequest(authHeader, channelIdHeader));
  }

  createConnectorFactory(claimsIdentity: ClaimsIdentity): ConnectorFactory {
    return this.reusing(this.inner.createConnectorFactory(claimsIdentity), appIdOf(claimsIdentity));
  }

  createUserTokenClient(claimsIdentity: ClaimsIdentity): Promise<UserTokenClient> {
    const key = appIdOf(claimsIdentity);
    const created = this.userTokenClients.getOrCreate(key, () => this.inner.createUserTokenClient(claimsIdentity));
    // A failed creation (a credentials error) is not kept: the next turn tries again.
    created.catch(() => this.userTokenClients.delete(key));
    return created;
  }

  override createBotFrameworkClient(): BotFrameworkClient {
    return this.inner.createBotFrameworkClient();
  }

  override getOriginatingAudience(): string {
    return this.inner.getOriginatingAudience();
  }

  override authenticateChannelRequest(authHeader: string): Promise<ClaimsIdentity> {
    return this.inner.authenticateChannelRequest(authHeader);
  }

  private withReusedConnectors(result: AuthenticateRequestResult): AuthenticateRequestResult {
    return result.connectorFactory ? { ...result, connectorFactory: this.reusing(result.connectorFactory, appIdOf(result.claimsIdentity)) } : result;
  }

  private reusing(factory: ConnectorFactory, appId: string): ConnectorFactory {
    const connectors = this.connectors;
    return new (class extends ConnectorFactory {
      create(serviceUrl: string, audience?: string): Promise<ConnectorClient> {
        const key = `${appId}\n${audience ?? ''}\n${serviceUrl}`;
        const created = connectors.getOrCreate(key, () => factory.create(serviceUrl, audience));
        created.catch(() => connectors.delete(key));
        return created;
      }
    })();
  }
}

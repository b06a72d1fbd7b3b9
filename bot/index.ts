// Entry point of `npm start`: node dist/bot/index.js.
import 'reflect-metadata'; // before anything that loads @peculiar/x509 (tsyringe needs it)
import { config as loadDotenv } from 'dotenv';
import { loadConfig } from './config';
import { createBotServer } from './server';

async function main(): Promise<void> {
  loadDotenv({ quiet: true }); // settings from .env, without dotenv's banner on stdout
  const config = loadConfig();
  const bot = createBotServer(config);
  const url = await bot.listen();
  const parts = [`CertSleuth listening on ${url}`, 'POST /api/messages', 'GET /healthz'];
  if (config.slackSigningSecret && config.slackBotToken) parts.push('POST /api/slack/events');
  if (config.playground) parts.push(`playground at ${url}/ (no MicrosoftAppId set)`);
  process.stdout.write(parts.join(' · ') + '\n');
  const stop = () => void bot.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((err) => {
  process.stderr.write(`CertSleuth could not start: ${(err as Error).message}\n`);
  process.exit(1);
});

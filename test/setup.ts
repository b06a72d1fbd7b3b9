// @peculiar/x509 2.x needs a Reflect polyfill before it is first imported (tsyringe).
import 'reflect-metadata';

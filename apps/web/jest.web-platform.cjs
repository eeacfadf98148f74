// What jsdom lacks of the browser's platform and the offline code uses (apps/web core/offline):
// SubtleCrypto, and structuredClone, which IndexedDB (fake-indexeddb in the specs) stores values
// with. Node's own, the same Web Crypto API the browsers implement; structuredClone through a
// message port, the way Node also clones a CryptoKey.
const { webcrypto } = require('node:crypto');
const { MessageChannel, receiveMessageOnPort } = require('node:worker_threads');

if (!globalThis.crypto.subtle) {
  Object.defineProperty(globalThis.crypto, 'subtle', { value: webcrypto.subtle });
}
if (!globalThis.structuredClone) {
  const { port1, port2 } = new MessageChannel();
  port1.unref();
  port2.unref();
  globalThis.structuredClone = (value) => {
    port1.postMessage(value);
    return receiveMessageOnPort(port2).message;
  };
}

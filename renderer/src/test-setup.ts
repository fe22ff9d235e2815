// IndexedDB for store tests running in Node.
import 'fake-indexeddb/auto';

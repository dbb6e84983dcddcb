// Python's start-up snapshot (generator/startup.py), fetched and inflated for worker.js on a thread
// of its own: inflating 30 MB takes half a second of CPU, during which the engine's thread would
// otherwise not load the runtime nor feed its compiler. The worker's name is the snapshot's URL.
// Messages out: {found: false}, or {found: true} once the headers are in, then {bytes} or {error}.
const response = await fetch(self.name).catch(() => null);
if (!response || !response.ok) {
  self.postMessage({ found: false });
} else {
  self.postMessage({ found: true });
  try {
    const bytes = await new Response(response.body.pipeThrough(new DecompressionStream("gzip"))).arrayBuffer();
    self.postMessage({ bytes }, [bytes]);
  } catch (error) {
    self.postMessage({ error: String((error && error.message) || error) });
  }
}

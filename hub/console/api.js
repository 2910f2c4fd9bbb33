// The console's talk with the hub: JSON requests with the session cookie and CSRF token,
// and the signalling socket (reconnects by itself).

export const session = { csrf: "", me: null };

// The hub's answer to a request it refused: its stable code (words.js says it in the
// console's language), its English message, the form's problems, and the rest (data).
export class ApiError extends Error {
  constructor(status, code, message, problems, data = {}) {
    super(message); this.status = status; this.code = code; this.problems = problems; this.data = data;
  }
}

export async function api(method, path, body) {
  const headers = { "Accept": "application/json" };
  if (method !== "GET") headers["X-CSRF-Token"] = session.csrf;
  if (body !== undefined) headers["Content-Type"] = "application/json";
  let response;
  try {
    response = await fetch(`/console/api${path}`, {
      method, headers, credentials: "same-origin",
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch (error) {
    throw new ApiError(0, "network", error.message);
  }
  let data = {};
  try { data = await response.json(); } catch (_) { /* an empty answer */ }
  if (!response.ok) {
    throw new ApiError(response.status, data.error || "http", data.message || response.statusText, data.problems, data);
  }
  return data;
}

export class Signal {
  constructor(onMessage, onState) {
    this.onMessage = onMessage; this.onState = onState;
    this.ws = null; this.stopped = false; this.delay = 1000;
  }
  open() {
    const scheme = location.protocol === "https:" ? "wss" : "ws";
    const url = `${scheme}://${location.host}/console/api/signal?csrf=${encodeURIComponent(session.csrf)}`;
    const ws = new WebSocket(url);
    this.ws = ws;
    ws.onopen = () => { this.delay = 1000; this.onState(true); };
    ws.onmessage = (event) => {
      let message;
      try { message = JSON.parse(event.data); } catch (_) { return; }
      this.onMessage(message);
    };
    ws.onclose = () => {
      this.onState(false);
      if (this.ws === ws && !this.stopped) {
        setTimeout(() => this.open(), this.delay);
        this.delay = Math.min(this.delay * 2, 15000);
      }
    };
  }
  send(message) {
    if (this.ws && this.ws.readyState === WebSocket.OPEN) { this.ws.send(JSON.stringify(message)); return true; }
    return false;
  }
  close() { this.stopped = true; if (this.ws) this.ws.close(); }
}

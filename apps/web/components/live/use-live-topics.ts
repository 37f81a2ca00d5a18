"use client";
// Subscribes to /api/live (server-sent events) for some topics; calls `onState` with each state
// the server sends. EventSource reconnects by itself after a dropped connection or the server's
// 5-minute limit; `connected` says whether updates are flowing right now.
import { useEffect, useRef, useState } from "react";

export interface LiveMessage {
  topic: string;
  state: unknown;
}

export function useLiveTopics(topics: readonly string[], onState: (message: LiveMessage) => void) {
  const [connected, setConnected] = useState(false);
  const handler = useRef(onState);
  handler.current = onState;
  const key = [...topics].sort().join("&");

  useEffect(() => {
    if (!key) return;
    const query = key
      .split("&")
      .map((t) => `topic=${encodeURIComponent(t)}`)
      .join("&");
    const source = new EventSource(`/api/live?${query}`);
    source.onopen = () => setConnected(true);
    source.onerror = () => setConnected(false);
    source.addEventListener("state", (event) => {
      const message = JSON.parse((event as MessageEvent<string>).data) as LiveMessage;
      handler.current(message);
    });
    source.addEventListener("end", () => {
      source.close();
      setConnected(false);
    });
    return () => {
      source.close();
      setConnected(false);
    };
  }, [key]);

  return { connected };
}

package app.parley.io;

import app.parley.model.Source;
import app.parley.model.Span;

/** A small, valid dataset file to break in controlled ways. */
final class TinyDataset {

    static final String TEXT = "Hakan Fidan opened the talks in Dolmabahçe.\n“We are ready,” said Rustem Umerov.\n";

    private TinyDataset() {
    }

    /** The valid JSON; every offset below is into {@link #TEXT}. */
    static String json() {
        return """
                {
                  "format": "parley/1",
                  "title": "Tiny",
                  "sources": [
                    {"id": "s", "title": "Tiny report", "publisher": "Test", "date": "2025-05-16", "language": "en",
                     "url": null, "sha256": "%s", "text": %s}
                  ],
                  "actors": [
                    {"id": "fidan", "name": "Hakan Fidan", "kind": "person", "side": "turkey", "aliases": ["Fidan"]},
                    {"id": "umerov", "name": "Rustem Umerov", "kind": "person", "side": "ukraine", "aliases": []},
                    {"id": "ua", "name": "Ukrainian delegation", "kind": "delegation", "side": "ukraine", "aliases": []}
                  ],
                  "roles": [],
                  "relations": [
                    {"id": "r1", "from": "fidan", "type": "mediates", "to": "ua",
                     "evidence": {"source": "s", "start": 0, "end": 28, "text": "Hakan Fidan opened the talks"}}
                  ],
                  "quotes": [
                    {"id": "q1", "speaker": "umerov", "kind": "direct", "text": "We are ready,",
                     "span": {"source": "s", "start": 45, "end": 58}, "saidOn": "2025-05-16", "reportedBy": null,
                     "about": []}
                  ]
                }
                """.formatted(Sha256.hex(TEXT), quoted(TEXT));
    }

    static Source source() {
        return new Source("s", "Tiny report", "Test", java.time.LocalDate.of(2025, 5, 16), "en", null, TEXT,
                Sha256.hex(TEXT));
    }

    static Span span(int start, int end) {
        return new Span("s", start, end);
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\n", "\\n") + "\"";
    }
}

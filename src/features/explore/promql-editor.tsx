import { autocompletion, closeBrackets } from '@codemirror/autocomplete';
import { HighlightStyle, syntaxHighlighting } from '@codemirror/language';
import { setDiagnostics } from '@codemirror/lint';
import { EditorState } from '@codemirror/state';
import { EditorView, keymap, placeholder } from '@codemirror/view';
import { tags } from '@lezer/highlight';
import { PromQLExtension } from '@prometheus-io/codemirror-promql';
import { useEffect, useRef, type ReactNode } from 'react';
import { MAX_METRIC_NAMES, type CompletionClient } from './completion-client';

/** Text colours from the theme's tokens (each at least 4.5:1 on the editor), so it follows light and dark. */
const highlight = HighlightStyle.define([
  { tag: tags.keyword, color: 'var(--accent-text)', fontWeight: '600' },
  { tag: [tags.function(tags.variableName), tags.function(tags.name)], color: 'var(--accent-text)' },
  { tag: tags.labelName, color: 'var(--status-warning)' },
  { tag: tags.string, color: 'var(--status-healthy)' },
  { tag: [tags.number, tags.unit], color: 'var(--text-muted)', fontWeight: '600' },
  { tag: tags.operator, color: 'var(--text)', fontWeight: '600' },
  { tag: tags.comment, color: 'var(--text-muted)', fontStyle: 'italic' },
]);

const theme = EditorView.theme({
  '&': { fontFamily: 'var(--font-mono)', fontSize: 'var(--text-sm)', color: 'var(--text)' },
  '.cm-content': { padding: '8px 0', caretColor: 'var(--text)' },
  '.cm-line': { padding: '0 8px' },
  '&.cm-focused': { outline: 'none' },
  '.cm-placeholder': { color: 'var(--text-muted)' },
  '.cm-tooltip': { background: 'var(--bg-raised)', border: '1px solid var(--border)', color: 'var(--text)' },
  '.cm-tooltip-autocomplete ul li[aria-selected]': { background: 'var(--bg-selected)', color: 'var(--text)' },
  '.cm-diagnostic-error': { borderLeftColor: 'var(--status-critical)' },
  '.cm-lintRange-error': { textDecoration: 'underline wavy var(--status-critical)' },
});

export interface ServerError {
  message: string;
  /** 0-based offset in the expression, when Prometheus named one ("1:16: parse error…"). */
  offset?: number;
}

export interface PromqlEditorProps {
  value: string;
  onChange: (value: string) => void;
  onRun: () => void;
  client: CompletionClient;
  /** Names the editor for assistive technology: "Query A". */
  label: string;
  describedBy?: string;
  /** Prometheus's refusal of the last run, marked where it points. */
  error?: ServerError;
}

/**
 * The PromQL editor: the Prometheus project's own language support (highlighting, completion of
 * functions and of the connection's metric names, labels and values, and its parse errors inline);
 * Shift+Enter runs the query.
 */
export function PromqlEditor(props: PromqlEditorProps): ReactNode {
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  const latest = useRef(props);
  useEffect(() => {
    latest.current = props;
  });
  const { error } = props;

  useEffect(() => {
    if (!host.current) return undefined;
    const promql = new PromQLExtension()
      .setComplete({ remote: props.client, maxMetricsMetadata: MAX_METRIC_NAMES })
      // Errors are marked where the server says; the library's own linter flags valid queries at times.
      .activateLinter(false);
    const created = new EditorView({
      parent: host.current,
      state: EditorState.create({
        doc: props.value,
        extensions: [
          keymap.of([
            {
              key: 'Shift-Enter',
              run: () => {
                latest.current.onRun();
                return true;
              },
            },
          ]),
          closeBrackets(),
          autocompletion({ activateOnTyping: true }),
          promql.asExtension(),
          syntaxHighlighting(highlight),
          theme,
          placeholder('PromQL, e.g. sum by (deployment) (rate(model_requests_total[5m]))'),
          EditorView.lineWrapping,
          EditorView.contentAttributes.of({
            'aria-label': props.label,
            ...(props.describedBy ? { 'aria-describedby': props.describedBy } : {}),
          }),
          EditorView.updateListener.of((update) => {
            if (update.docChanged) latest.current.onChange(update.state.doc.toString());
          }),
        ],
      }),
    });
    view.current = created;
    return () => {
      created.destroy();
      view.current = null;
    };
    // The editor is made once per client; later values arrive through the effect below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [props.client]);

  // A value set from outside (history, a template) replaces the text.
  useEffect(() => {
    const current = view.current;
    if (current && current.state.doc.toString() !== props.value)
      current.dispatch({ changes: { from: 0, to: current.state.doc.length, insert: props.value } });
  }, [props.value]);

  useEffect(() => {
    const current = view.current;
    if (!current) return;
    const length = current.state.doc.length;
    const from = Math.min(Math.max(error?.offset ?? 0, 0), length);
    const diagnostics =
      error && error.offset !== undefined
        ? [
            {
              from,
              to: Math.min(from + 1, length) || from,
              severity: 'error' as const,
              message: error.message,
            },
          ]
        : [];
    current.dispatch(setDiagnostics(current.state, diagnostics));
  }, [error]);

  return <div ref={host} className="promql-editor" data-testid="promql-editor" />;
}

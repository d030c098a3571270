/**
 * Standalone mode: the document is drawn here, with findings highlighted, and the very same
 * task pane sits beside it. A .docx (read in the browser), a text file, pasted text or one of
 * the sample drafts can be opened; the document never leaves the browser.
 */
import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, Field, makeStyles, MessageBar, MessageBarBody, Text, Textarea, tokens } from "@fluentui/react-components";
import { ClipboardPasteRegular, DocumentRegular, FolderOpenRegular } from "@fluentui/react-icons";
import { useEffect, useRef, useState, useSyncExternalStore, type ReactNode } from "react";
import type { Engine } from "../../engine";
import type { HostDocument } from "../../office/host";
import { markId, type Mark, type StandaloneHost, type StandaloneState } from "../../office/standalone/standalone-host";
import { useLocale } from "../i18n/context";
import type { PaneController } from "../pane/controller";
import { PaneApp } from "../pane/PaneApp";

const useStyles = makeStyles({
  layout: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 3fr) minmax(320px, 2fr)",
    gap: tokens.spacingHorizontalL,
    minHeight: "100vh",
    "@media (max-width: 900px)": { gridTemplateColumns: "1fr" },
  },
  docColumn: { padding: tokens.spacingHorizontalL, borderRight: `1px solid ${tokens.colorNeutralStroke2}`, minWidth: 0 },
  paneColumn: { maxHeight: "100vh", overflowY: "auto", position: "sticky", top: 0 },
  toolbar: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, marginBottom: tokens.spacingVerticalM },
  page: { backgroundColor: tokens.colorNeutralBackground1, boxShadow: tokens.shadow4, padding: `${tokens.spacingVerticalXXL} ${tokens.spacingHorizontalXXL}`, lineHeight: "1.6", maxWidth: "820px" },
  para: { margin: `0 0 ${tokens.spacingVerticalS}`, whiteSpace: "pre-wrap" },
  label: { color: tokens.colorNeutralForeground2, marginRight: "0.4em" },
  part: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  note: { margin: `0 0 ${tokens.spacingVerticalM}` },
});

export interface StandaloneAppProps {
  readonly host: StandaloneHost;
  readonly controller: PaneController;
  readonly engine: Engine;
  readonly deliver: (bytes: Uint8Array, fileName: string) => Promise<void>;
  readonly storage: { getItem(k: string): string | null; setItem(k: string, v: string): void };
  readonly onSendForApproval?: () => void;
}

const SAMPLES = { ru: "samples/premirovanie.ru.docx", kk: "samples/satyp-alu.kk.docx" } as const;

export function StandaloneApp(props: StandaloneAppProps) {
  const s = useStyles();
  const { t } = useLocale();
  const doc = useSyncExternalStore(props.host.subscribe, props.host.getState);
  const [pasting, setPasting] = useState(false);
  const [pasted, setPasted] = useState("");
  const [openError, setOpenError] = useState<string | undefined>();
  const [active, setActive] = useState<string | undefined>();
  const fileInput = useRef<HTMLInputElement>(null);

  const open = (d: HostDocument) => {
    setOpenError(undefined);
    props.controller.reset();
    props.host.open(d);
  };

  const openBytes = async (name: string, bytes: Uint8Array) => {
    try {
      const lower = name.toLowerCase();
      if (lower.endsWith(".docx") || lower.endsWith(".docm")) {
        const { readDocx } = await import(/* webpackChunkName: "docx-reader" */ "../../documents/read-docx");
        const m = readDocx(bytes);
        open({ title: m.title ?? name, paragraphs: m.paragraphs });
      } else {
        const { readText } = await import(/* webpackChunkName: "text-reader" */ "../../documents/read-text");
        const m = readText(bytes, lower.endsWith(".md") ? "md" : "txt");
        open({ title: name.replace(/\.[^.]+$/u, ""), paragraphs: m.paragraphs });
      }
    } catch (e) {
      setOpenError(t("openFailed", { name, reason: (e as Error).message }));
    }
  };

  const openSample = async (which: keyof typeof SAMPLES) => {
    const url = SAMPLES[which];
    try {
      const res = await fetch(url);
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      await openBytes(url.split("/").pop() as string, new Uint8Array(await res.arrayBuffer()));
    } catch (e) {
      setOpenError(t("openFailed", { name: url, reason: (e as Error).message }));
    }
  };

  return (
    <div className={s.layout}>
      <section className={s.docColumn} aria-labelledby="doc-heading">
        <h2 id="doc-heading" className="adal-visually-hidden">
          {t("documentHeading")}
        </h2>
        <div className={s.toolbar} role="toolbar" aria-label={t("documentHeading")}>
          <Button icon={<FolderOpenRegular />} onClick={() => fileInput.current?.click()}>
            {t("openFile")}
          </Button>
          <input
            ref={fileInput}
            type="file"
            accept=".docx,.docm,.txt,.md"
            hidden
            data-testid="file-input"
            onChange={(e) => {
              const file = e.target.files?.[0];
              e.target.value = "";
              if (file) void file.arrayBuffer().then((b) => openBytes(file.name, new Uint8Array(b)));
            }}
          />
          <Button icon={<ClipboardPasteRegular />} onClick={() => setPasting(true)}>
            {t("pasteText")}
          </Button>
          <Button icon={<DocumentRegular />} onClick={() => void openSample("kk")}>
            {t("sampleKk")}
          </Button>
          <Button icon={<DocumentRegular />} onClick={() => void openSample("ru")}>
            {t("sampleRu")}
          </Button>
        </div>
        <Text as="p" block size={200} className={s.note}>
          {t("standaloneNote")}
        </Text>
        {openError && (
          <MessageBar intent="error">
            <MessageBarBody>{openError}</MessageBarBody>
          </MessageBar>
        )}
        <DocumentView state={doc} active={active} onMarkClick={setActive} />
      </section>
      <div className={s.paneColumn}>
        <PaneApp controller={props.controller} engine={props.engine} standalone deliver={props.deliver} storage={props.storage} activeFinding={active} onActiveFinding={setActive} {...(props.onSendForApproval ? { onSendForApproval: props.onSendForApproval } : {})} />
      </div>
      <Dialog open={pasting} onOpenChange={(_e, d) => setPasting(d.open)}>
        <DialogSurface>
          <DialogBody>
            <DialogTitle>{t("pasteTitle")}</DialogTitle>
            <DialogContent>
              <Field label={t("pasteLabel")}>
                <Textarea value={pasted} onChange={(_e, d) => setPasted(d.value)} rows={12} resize="vertical" />
              </Field>
            </DialogContent>
            <DialogActions>
              <Button onClick={() => setPasting(false)}>{t("cancel")}</Button>
              <Button
                appearance="primary"
                disabled={pasted.trim() === ""}
                onClick={() => {
                  void import(/* webpackChunkName: "text-reader" */ "../../documents/read-text").then(({ textToModel }) => {
                    const m = textToModel(pasted, "txt");
                    open({ title: m.title?.slice(0, 80) ?? t("untitled"), paragraphs: m.paragraphs });
                    setPasting(false);
                    setPasted("");
                  });
                }}
              >
                {t("pasteApply")}
              </Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </div>
  );
}

function DocumentView(props: { state: StandaloneState; active?: string; onMarkClick: (id: string) => void }) {
  const s = useStyles();
  const { t } = useLocale();
  const { doc, marks, selected, revisions } = props.state;
  const selectedRef = useRef<HTMLElement | null>(null);
  useEffect(() => {
    selectedRef.current?.scrollIntoView({ block: "center", behavior: "smooth" });
  }, [selected?.seq]);
  if (doc.paragraphs.length === 0)
    return (
      <Text as="p" block>
        {t("noDocument")}
      </Text>
    );
  return (
    <article className={s.page} aria-label={doc.title || t("untitled")} data-testid="document">
      {doc.paragraphs.map((p, i) => (
        <p key={i} className={s.para} data-paragraph={i}>
          {p.label && <span className={s.label}>{p.label}</span>}
          {p.part === "header" || p.part === "footer" ? <span className={s.part}>[{t(`part.${p.part}`)}] </span> : null}
          {renderParagraph(
            p.text,
            marks.filter((m) => m.paragraph === i),
            revisions.filter((r) => r.paragraph === i),
            (m) => {
              const isSelected = selected?.paragraph === i && selected.start === m.start && selected.end === m.end;
              return (
                <mark
                  key={m.id}
                  className={`adal-mark adal-${m.severity}${isSelected ? " adal-selected" : ""}`}
                  data-mark={m.id}
                  aria-current={isSelected ? "true" : undefined}
                  ref={isSelected ? (el) => (selectedRef.current = el) : undefined}
                  onClick={() => props.onMarkClick(m.id)}
                >
                  {p.text.slice(m.start, m.end)}
                </mark>
              );
            },
          )}
        </p>
      ))}
    </article>
  );
}

/**
 * A paragraph with its marks and its applied suggestions (the old words struck through, the
 * new ones underlined), both at offsets into the paragraph as it now reads.
 */
function renderParagraph(text: string, marks: readonly Mark[], revs: StandaloneState["revisions"], mark: (m: Mark) => ReactNode): ReactNode[] {
  const items = [...marks.map((m) => ({ start: m.start, end: m.end, m })), ...revs.map((r) => ({ start: r.start, end: r.start + r.inserted.length, r }))].sort((a, b) => a.start - b.start);
  const out: ReactNode[] = [];
  let at = 0;
  for (const it of items) {
    if (it.start < at) continue;
    out.push(text.slice(at, it.start));
    if ("m" in it) out.push(mark(it.m));
    else {
      out.push(<del key={`d${it.start}`}>{it.r.deleted}</del>);
      out.push(<ins key={`i${it.start}`}>{text.slice(it.start, it.end)}</ins>);
    }
    at = it.end;
  }
  out.push(text.slice(at));
  return out;
}

export { markId };

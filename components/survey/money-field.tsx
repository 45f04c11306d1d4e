"use client";
// A money amount as people write it (lib/survey/money-input.ts): the chosen currency's sign before the field, digits
// grouped in threes while typing, "33M" or a pasted "33,000,000" read on leaving the field. Loaded when the sales
// numbers step is shown, so none of this weighs on the survey's first load.
import { useEffect, useRef, useState } from "react";
import type { NumberQuestion } from "@/lib/instrument";
import { PART_B_IDS } from "@/lib/instrument/question-ids";
import { toFieldName } from "@/lib/survey/field-names";
import { caretAfterDigits, formatMoney, groupWhileTyping, parseMoney } from "@/lib/survey/money-input";
import { FieldFrame } from "./field-frame";
import type { FieldProps, RowMethods } from "./field-props";

const CURRENCY_FIELD = toFieldName(PART_B_IDS.currency);

/** "$" for usd, "€" for eur…; nothing for "other" or none chosen yet. */
function currencySign(code: unknown): string {
  if (typeof code !== "string" || !/^[a-z]{3}$/.test(code)) return "";
  try {
    const parts = new Intl.NumberFormat("en", { style: "currency", currency: code.toUpperCase(), currencyDisplay: "narrowSymbol" }).formatToParts(0);
    return parts.find((part) => part.type === "currency")?.value ?? "";
  } catch {
    return "";
  }
}

const digitCount = (text: string) => text.replace(/\D/g, "").length;

export function MoneyField({ question, name, register, error, form }: FieldProps<NumberQuestion> & { form: RowMethods }) {
  const field = register(name, {
    // Default values arrive as numbers; what the participant types arrives as text.
    setValueAs: (value: unknown) => (typeof value === "number" ? value : parseMoney(String(value ?? ""))),
  });
  const input = useRef<HTMLInputElement | null>(null);
  const [sign, setSign] = useState(() => currencySign(form.getValues(CURRENCY_FIELD)));

  useEffect(() => {
    const showSign = () => setSign(currencySign(form.getValues(CURRENCY_FIELD)));
    const unsubscribe = form.subscribe({ name: CURRENCY_FIELD, formState: { values: true }, callback: showSign });
    // A currency chosen between this field's first render and the subscription (the field loads lazily) counts too.
    showSign();
    return unsubscribe;
  }, [form]);
  useEffect(() => {
    // A saved amount comes back as plain digits: show it grouped.
    const element = input.current;
    if (element && /^\d+(\.\d+)?$/.test(element.value)) element.value = formatMoney(Number(element.value));
  }, []);

  return (
    <FieldFrame name={name} label={`${question.label}${question.required ? "" : " (optional)"}`} help={question.help} error={error}>
      {(ariaDescribedBy) => (
        <div className="flex max-w-xs items-center rounded-md border border-line bg-surface has-aria-invalid:border-danger has-focus-visible:outline-2 has-focus-visible:outline-brand">
          <span className="min-w-8 pl-3 text-muted" aria-hidden="true">
            {sign}
          </span>
          <input
            id={name}
            type="text"
            inputMode="decimal"
            autoComplete="off"
            {...field}
            ref={(element) => {
              field.ref(element);
              input.current = element;
            }}
            onChange={(event) => {
              const element = event.target;
              const grouped = groupWhileTyping(element.value);
              if (grouped !== null && grouped !== element.value) {
                const digitsBefore = digitCount(element.value.slice(0, element.selectionStart ?? element.value.length));
                element.value = grouped;
                const caret = caretAfterDigits(grouped, digitsBefore);
                element.setSelectionRange(caret, caret);
              }
              return field.onChange(event);
            }}
            onBlur={(event) => {
              const amount = parseMoney(event.target.value);
              if (typeof amount === "number") event.target.value = formatMoney(amount);
              return field.onBlur(event);
            }}
            aria-invalid={error ? true : undefined}
            aria-describedby={ariaDescribedBy}
            className="block min-h-11 w-full rounded-md bg-transparent px-2 py-2 focus:outline-none"
          />
        </div>
      )}
    </FieldFrame>
  );
}

#!/usr/bin/env bash
# Executes every example notebook (examples/*/notebook.ipynb) from top to bottom with the repository's
# TypeScript kernel, and fails if any cell fails (a type error, an exception, a refused scenario).
#
#   scripts/run-notebooks.sh                    # all of them
#   scripts/run-notebooks.sh examples/oldham-2017/notebook.ipynb
#   NOTEBOOK_OUTPUT_DIR=/tmp/nb scripts/run-notebooks.sh   # keep the executed copies there
#
# Needs: the package built (`npm run build`), Jupyter's nbconvert and a Python kernel machinery
# (Debian: jupyter-nbconvert and python3-ipykernel), and Node on PATH. The committed notebooks are never
# changed: executed copies go to a temporary folder. The kernel is found through JUPYTER_PATH=$PWD/jupyter
# (jupyter/kernels/tslab); see "Notebooks" in README.md.
set -euo pipefail
cd "$(dirname "$0")/.."

if [[ ! -f dist/index.cjs || ! -f dist/index.d.ts ]]; then
  echo "run-notebooks: dist/ is not built; run \`npm run build\` first" >&2
  exit 2
fi
if ! command -v jupyter >/dev/null 2>&1; then
  echo "run-notebooks: jupyter is not installed (Debian: apt-get install jupyter-nbconvert python3-ipykernel)" >&2
  exit 2
fi
if [[ ! -e node_modules/tslab/bin/tslab ]]; then
  echo "run-notebooks: tslab is not installed; run \`npm ci\` first" >&2
  exit 2
fi

if [[ $# -gt 0 ]]; then
  notebooks=("$@")
else
  notebooks=(examples/*/notebook.ipynb)
fi

if [[ -n "${NOTEBOOK_OUTPUT_DIR:-}" ]]; then
  out="$NOTEBOOK_OUTPUT_DIR"
  mkdir -p "$out"
else
  out="$(mktemp -d)"
  trap 'rm -rf "$out"' EXIT
fi

export JUPYTER_PATH="$PWD/jupyter${JUPYTER_PATH:+:$JUPYTER_PATH}"

failed=()
start=$SECONDS
for nb in "${notebooks[@]}"; do
  name="$(basename "$(dirname "$nb")")"
  t0=$SECONDS
  if jupyter nbconvert --to notebook --execute \
    --ExecutePreprocessor.kernel_name=tslab \
    --ExecutePreprocessor.timeout=300 \
    --output-dir "$out/$name" "$nb" >"$out/$name.log" 2>&1; then
    echo "ok    $nb ($((SECONDS - t0))s)"
  else
    echo "FAIL  $nb ($((SECONDS - t0))s)"
    if grep -q CellExecutionError "$out/$name.log"; then
      # nbconvert names the failing cell, but tslab reports type errors and exceptions on the cell's
      # stderr, which nbconvert leaves out. Run it again, carrying on past errors, to show that stderr.
      sed -n '/CellExecutionError: /,$p' "$out/$name.log" >&2
      jupyter nbconvert --to notebook --execute --allow-errors \
        --ExecutePreprocessor.kernel_name=tslab \
        --ExecutePreprocessor.timeout=300 \
        --output-dir "$out/$name.errors" "$nb" >/dev/null 2>&1 || true
      node -e '
        const nb = JSON.parse(require("node:fs").readFileSync(process.argv[1], "utf8"));
        nb.cells.forEach((cell, i) => {
          for (const o of cell.outputs ?? []) {
            const text = o.output_type === "error" ? `${o.ename}: ${o.evalue}` : o.name === "stderr" ? [].concat(o.text).join("") : "";
            if (text) console.error(`cell ${i} (${[].concat(cell.source).join("").split("\n")[0]}):\n${text.trimEnd()}`);
          }
        });' "$out/$name.errors/$(basename "$nb")" || true
    else
      tail -n 20 "$out/$name.log" >&2
    fi
    failed+=("$nb")
  fi
done

echo "${#notebooks[@]} notebook(s) in $((SECONDS - start))s"
if [[ ${#failed[@]} -gt 0 ]]; then
  echo "run-notebooks: ${#failed[@]} failed: ${failed[*]}" >&2
  exit 1
fi

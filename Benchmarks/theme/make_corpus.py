"""Writes a sitegen project of N Spanish pages with Swift, Python and shell code blocks.

usage: make_corpus.py OUT_DIR PAGES FENCE_MODE   (FENCE_MODE: highlighted | plain)
`plain` writes the same pages with every fence's language replaced by `text`, the baseline
for the cost of build-time highlighting.
"""
import os
import sys

out, pages, mode = sys.argv[1], int(sys.argv[2]), sys.argv[3]

SWIFT = '''```swift{extra}
import Threading

final class Trabajador: Thread {{
    let cola: Queue<Int>
    init(cola: Queue<Int>) {{ self.cola = cola; super.init(body: {{}}) }}
    override func run() {{
        for i in 0..<{n} {{ cola.put(i * 2) }}  // producimos {n} valores
    }}
}}
let cola = Queue<Int>(maxsize: 8)
let t = Trabajador(cola: cola)
t.start()
print("listo: \\(cola.get())")
```'''

PYTHON = '''```python
from threading import Thread, Semaphore

semaforo = Semaphore({n})

def tarea(i: int) -> None:
    """Ejecución protegida por el semáforo."""
    with semaforo:
        print(f"hilo {{i}}", flush=True)  # {n} hilos

hilos = [Thread(target=tarea, args=(i,)) for i in range({n})]
for h in hilos:
    h.start()
```'''

SHELL = '''```console
$ swift build -c release && .build/release/sitegen build --site-dir "$HOME/site-{n}"
```'''

PROSE = ("Decimos que dos o más tareas son concurrentes cuando pueden empezar, ejecutarse y completarse "
         "en períodos de tiempo superpuestos. Las colas y los semáforos coordinan la ejecución de los hilos. ")


def fence(text):
    return text if mode == "highlighted" else text.replace("```swift ignore", "```text").replace(
        "```swift", "```text").replace("```python", "```text").replace("```console", "```text")


os.makedirs(os.path.join(out, "content"), exist_ok=True)
nav = []
for p in range(pages):
    section = f"seccion{p // 50:02d}"
    path = f"{section}/pagina{p:04d}.md"
    nav.append(path)
    body = [f"# Página {p}: ejecución concurrente\n", PROSE * 3 + "\n"]
    for s in range(4):
        body.append(f"## Sección {s} de la página {p}\n")
        body.append(PROSE * 2 + "\n")
        body.append(fence(SWIFT.format(n=p + s, extra=" ignore")) + "\n")
        body.append(fence(PYTHON.format(n=s + 1)) + "\n")
        body.append(fence(SHELL.format(n=p)) + "\n")
    full = os.path.join(out, "content", path)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "w") as f:
        f.write("\n".join(body))
with open(os.path.join(out, "content", "index.md"), "w") as f:
    f.write("# Corpus\n\nPáginas de prueba para medir la construcción.\n")
with open(os.path.join(out, "sitegen.yml"), "w") as f:
    f.write("site_name: Corpus\ntheme:\n  language: es\n")

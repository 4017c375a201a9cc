# Synthesizes the Python ports of the examples (examples/<id>/main.py) into one outdir, as the
# TypeScript app does: python synth_examples.py OUTDIR ID...
import importlib.util
import os
import sys

from cdktf import App

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
CLASSES = {"telecom-ha-openstack": "TelecomHaOpenStackStack", "finance-cicd-k8s": "FinanceCicdK8sStack"}


def main() -> None:
    outdir, ids = sys.argv[1], sys.argv[2:]
    app = App(outdir=outdir)
    for stack_id in ids:
        spec = importlib.util.spec_from_file_location(stack_id.replace("-", "_"), os.path.join(ROOT, "examples", stack_id, "main.py"))
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        getattr(module, CLASSES[stack_id])(app, stack_id)
    app.synth()


if __name__ == "__main__":
    main()

"""One undoable edit of a working-copy layer (docs/ARCHITECTURE.md, *Sync*: edits reach the outbox as any
edit does): an edit command the user can undo; saved at once unless the layer was already being edited, in
which case the change stays in its edit buffer for the user to save."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from qgis.core import QgsVectorLayer

from ..errors import MapujPomocError


@contextmanager
def undoable_edit(layer: QgsVectorLayer, text: str, cannot_edit: MapujPomocError,
                  cannot_save: Callable[[str], MapujPomocError]) -> Iterator[None]:
    """Run the body as the edit command `text`; any error undoes it (and ends an edit session it began).
    `cannot_save(errors)` is raised when the commit fails."""
    was_editing = layer.isEditable()
    if not was_editing and not layer.startEditing():
        raise cannot_edit
    layer.beginEditCommand(text)
    try:
        yield
    except BaseException:
        layer.destroyEditCommand()
        if not was_editing:
            layer.rollBack()
        raise
    layer.endEditCommand()
    if not was_editing and not layer.commitChanges():
        errors = "; ".join(layer.commitErrors())
        layer.rollBack()
        raise cannot_save(errors)
    layer.triggerRepaint()

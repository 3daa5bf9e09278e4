package org.umbra.ui.export;

import javafx.scene.Node;
import javafx.scene.layout.Pane;

/**
 * A node taken out of its parent for an image and put back at the same place: a node belongs to one scene at a time,
 * and laying the shown view out at the image's size in its own scene is what makes the image match the size asked for.
 */
final class BorrowedNode {
    private final Node node;
    private Pane parent;
    private int index = -1;

    BorrowedNode(Node node) {
        this.node = node;
    }

    Node take() {
        if (node.getParent() instanceof Pane p) {
            parent = p;
            index = p.getChildren().indexOf(node);
            p.getChildren().remove(index);
        } else if (node.getParent() != null) {
            throw new IllegalStateException("cannot lend " + node + " from a " + node.getParent().getClass().getSimpleName());
        }
        return node;
    }

    void giveBack() {
        if (parent != null) {
            if (node.getParent() instanceof Pane holder) {
                holder.getChildren().remove(node);
            }
            parent.getChildren().add(index, node);
            parent = null;
        }
    }
}

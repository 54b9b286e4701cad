package app.parley.io;

import app.parley.model.Relation;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicIntegerArray;

/**
 * The relations list of a large file mapped in pieces by two threads: a second thread takes pieces from the front
 * while the reading thread maps the other members, and the reading thread, once done with those, takes pieces from the
 * back, so neither waits long for the other whatever else the cores are doing. The pieces are put together in order.
 */
final class RelationPieces implements DatasetMapper.RelationsApart {

    /** How many pieces the list is cut into: enough for the two threads to even out. */
    static final int PIECES = 16;

    private final byte[] bytes;
    private final List<TopLevelMembers.Piece> pieces;
    private final AtomicIntegerArray taken;
    private final Object[] done;
    private final SideTask<Void> front;

    private RelationPieces(byte[] bytes, List<TopLevelMembers.Piece> pieces) {
        this.bytes = bytes;
        this.pieces = pieces;
        this.taken = new AtomicIntegerArray(pieces.size());
        this.done = new Object[pieces.size()];
        this.front = SideTask.start(true, "parley-read-relations", () -> {
            for (int i = 0; i < pieces.size(); i++) {
                take(i);
            }
            return null;
        });
    }

    /** Starts mapping {@code pieces} of {@code bytes} from the front on a second thread. */
    static RelationPieces start(byte[] bytes, List<TopLevelMembers.Piece> pieces) {
        return new RelationPieces(bytes, pieces);
    }

    @Override
    public DatasetMapper.Relations mapped() throws IOException {
        for (int i = pieces.size() - 1; i >= 0; i--) {
            take(i);
        }
        front.join();
        List<Relation> relations = new ArrayList<>();
        List<String> pointers = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        List<TextClaim> claims = new ArrayList<>();
        for (Object piece : done) {
            if (piece instanceof IOException malformed) {
                throw malformed;
            }
            DatasetMapper.Relations mapped = (DatasetMapper.Relations) piece;
            relations.addAll(mapped.relations());
            pointers.addAll(mapped.pointers());
            problems.addAll(mapped.problems());
            claims.addAll(mapped.claims());
        }
        return new DatasetMapper.Relations(relations, pointers, problems, claims);
    }

    /** Maps piece {@code i} unless the other thread has taken it. */
    private void take(int i) {
        if (!taken.compareAndSet(i, 0, 1)) {
            return;
        }
        TopLevelMembers.Piece piece = pieces.get(i);
        byte[] array = new byte[piece.length() + 2];
        array[0] = '[';
        System.arraycopy(bytes, piece.start(), array, 1, piece.length());
        array[array.length - 1] = ']';
        List<Problem> found = new ArrayList<>();
        try {
            done[i] = new DatasetMapper(found).relationPiece(array, piece.firstIndex(), found);
        } catch (IOException malformed) {
            done[i] = malformed;
        }
    }
}

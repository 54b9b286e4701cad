package app.parley.io.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import app.parley.io.Problem;
import app.parley.model.ActorKind;
import app.parley.model.Dataset;
import app.parley.model.Relation;
import app.parley.model.RelationType;
import app.parley.model.Side;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class DatasetFilesTest {

    @TempDir
    Path folder;

    private Opened open(String name, String content) throws IOException {
        return new DatasetFiles().open(Files.writeString(folder.resolve(name), content));
    }

    @Test
    void yedGraphMlOpensWithLabelsPositionsAndAReportOfWhatDidNotMap() throws IOException {
        Opened opened = open("drawn.graphml", """
                <?xml version="1.0" encoding="UTF-8" standalone="no"?>
                <graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:y="http://www.yworks.com/xml/graphml">
                  <key for="node" id="d6" yfiles.type="nodegraphics"/>
                  <key for="edge" id="d10" yfiles.type="edgegraphics"/>
                  <key attr.name="weight" attr.type="double" for="edge" id="d11"/>
                  <graph edgedefault="directed" id="G">
                    <node id="n0"><data key="d6"><y:ShapeNode><y:Geometry height="30.0" width="100.0" x="10.0" y="20.0"/>
                      <y:NodeLabel>Hakan Fidan</y:NodeLabel></y:ShapeNode></data></node>
                    <node id="n1"><data key="d6"><y:ShapeNode><y:Geometry height="30.0" width="80.0" x="200.0" y="20.0"/>
                      <y:NodeLabel>Rustem Umerov</y:NodeLabel></y:ShapeNode></data></node>
                    <edge id="e0" source="n0" target="n1"><data key="d10"><y:PolyLineEdge>
                      <y:EdgeLabel>met with</y:EdgeLabel></y:PolyLineEdge></data><data key="d11">2.0</data></edge>
                    <edge id="e1" source="n1" target="n0"><data key="d10"><y:PolyLineEdge>
                      <y:EdgeLabel>knows</y:EdgeLabel></y:PolyLineEdge></data></edge>
                  </graph>
                </graphml>
                """);

        assertThat(opened.result().problems()).isEmpty();
        Dataset dataset = opened.result().dataset();
        assertThat(dataset.actors()).extracting(a -> a.name()).containsExactly("Hakan Fidan", "Rustem Umerov");
        assertThat(dataset.actors()).allSatisfy(a -> assertThat(a.side()).isEqualTo(Side.OTHER));
        Relation met = dataset.relations().get(0);
        assertThat(met.type()).isEqualTo(RelationType.MET_WITH);
        assertThat(dataset.sources().get(0).excerpt(met.evidence())).startsWith("Hakan Fidan met with Rustem Umerov")
                .contains("drawn.graphml, link e0");
        assertThat(opened.positions().get("n0").x()).isCloseTo(60, Offset.offset(1e-9));
        assertThat(opened.positions().get("n0").y()).isCloseTo(35, Offset.offset(1e-9));
        assertThat(String.join("\n", opened.unmapped())).contains("1 link has a type Parley does not know, left out: "
                + "knows").contains("2 actors have no kind").contains("put on \"other\"").contains("weight (1)");
    }

    @Test
    void networkxGraphMlOpensWithItsKindsSidesAndRelations() throws IOException {
        Opened opened = open("nx.graphml", """
                <?xml version='1.0' encoding='utf-8'?>
                <graphml xmlns="http://graphml.graphdrawing.org/xmlns"
                  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
                  <key id="d2" for="edge" attr.name="relation" attr.type="string"/>
                  <key id="d1" for="node" attr.name="side" attr.type="string"/>
                  <key id="d0" for="node" attr.name="kind" attr.type="string"/>
                  <graph edgedefault="directed">
                    <node id="russia"><data key="d0">state</data><data key="d1">russia</data></node>
                    <node id="ukraine"><data key="d0">state</data><data key="d1">ukraine</data></node>
                    <edge source="russia" target="ukraine"><data key="d2">at-war-with</data></edge>
                  </graph>
                </graphml>
                """);

        Dataset dataset = opened.result().dataset();
        assertThat(dataset.actors()).extracting(a -> a.kind()).containsOnly(ActorKind.STATE);
        assertThat(dataset.actors()).extracting(a -> a.side()).containsExactly(Side.RUSSIA, Side.UKRAINE);
        assertThat(dataset.relations()).extracting(Relation::type).containsExactly(RelationType.AT_WAR_WITH);
        assertThat(opened.unmapped()).isEmpty();
    }

    @Test
    void gexfFromGephiOpensWithPositionsTurnedTheRightWayUp() throws IOException {
        Opened opened = open("gephi.gexf", """
                <?xml version="1.0" encoding="UTF-8"?>
                <gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">
                  <graph defaultedgetype="directed" mode="static">
                    <nodes>
                      <node id="0" label="A"><viz:position x="10.0" y="50.0" z="0.0"/></node>
                      <node id="1" label="B"><viz:position x="-10.0" y="-50.0" z="0.0"/></node>
                    </nodes>
                    <edges><edge id="0" source="0" target="1" label="leads"/></edges>
                  </graph>
                </gexf>
                """);

        assertThat(opened.result().dataset().relations()).extracting(Relation::type)
                .containsExactly(RelationType.LEADS);
        assertThat(opened.positions().get("0").y()).isEqualTo(-50);
        assertThat(opened.positions().get("1").y()).isEqualTo(50);
    }

    @Test
    void externalEntitiesAndDoctypesAreRefusedWithoutReadingTheFileTheyName() throws IOException {
        Path secret = Files.writeString(folder.resolve("secret.txt"), "TOP-SECRET");
        Opened opened = open("xxe.graphml", """
                <?xml version="1.0"?>
                <!DOCTYPE graphml [<!ENTITY leak SYSTEM "%s">]>
                <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
                  <key id="n" for="node" attr.name="name" attr.type="string"/>
                  <graph edgedefault="directed"><node id="a"><data key="n">&leak;</data></node></graph>
                </graphml>
                """.formatted(secret.toUri()));

        assertThat(opened.result().ok()).isFalse();
        Problem problem = opened.result().problems().get(0);
        assertThat(problem.message()).contains("GraphML").contains("DOCTYPE").doesNotContain("TOP-SECRET");
    }

    @Test
    void entityExpansionBombsAreRefused() throws IOException {
        Opened opened = open("bomb.gexf", """
                <?xml version="1.0"?>
                <!DOCTYPE gexf [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>
                <gexf xmlns="http://gexf.net/1.3" version="1.3"><graph><nodes><node id="x" label="&b;"/></nodes>
                <edges/></graph></gexf>
                """);

        assertThat(opened.result().ok()).isFalse();
        assertThat(opened.result().problems().get(0).message()).contains("DOCTYPE");
    }

    @Test
    void aCsvPairOpensFromEitherTheFolderOrItsActorsFile() throws IOException {
        Files.writeString(folder.resolve("actors.csv"), "id,name,kind,side,aliases\r\n"
                + "a,'=A,state,turkey,\"[\"\"Ay\"\"]\"\r\nb,B,person,ukraine,\r\n");
        Files.writeString(folder.resolve("relations.csv"), "id,from,relation,label,to\nr,a,hosts,hosts,b\n");

        for (Path path : new Path[] {folder, folder.resolve("actors.csv")}) {
            Opened opened = new DatasetFiles().open(path);
            Dataset dataset = opened.result().dataset();
            assertThat(dataset.actors().get(0).name()).isEqualTo("=A");
            assertThat(dataset.actors().get(0).aliases()).containsExactly("Ay");
            assertThat(dataset.relations()).extracting(Relation::type).containsExactly(RelationType.HOSTS);
        }
    }

    @Test
    void aSideParleyDoesNotKnowIsKeptAsOneOfTheMapsOwn() throws IOException {
        Files.writeString(folder.resolve("actors.csv"), "id,name,kind,side,aliases\r\n"
                + "a,Nikol Pashinyan,person,Armenia,\r\nb,Armenia,state,armenia,\r\n"
                + "c,Ilham Aliyev,person,Azerbaijan,\r\nd,Donald Trump,person,united-states,\r\n");
        Files.writeString(folder.resolve("relations.csv"), "id,from,relation,label,to\nr,a,leads,leads,b\n");

        Opened opened = new DatasetFiles().open(folder);
        Dataset dataset = opened.result().dataset();

        assertThat(opened.result().problems()).isEmpty();
        assertThat(dataset.actors()).extracting(a -> a.side().label())
                .containsExactly("Armenia", "Armenia", "Azerbaijan", "United States");
        assertThat(dataset.actors().get(1).side()).isSameAs(dataset.actors().get(0).side());
        assertThat(dataset.ownSides()).extracting(Side::id).containsExactly("armenia", "azerbaijan");
        assertThat(String.join("\n", opened.unmapped())).doesNotContain("side");
    }

    @Test
    void aFolderWithoutTablesIsRefused() {
        Opened opened = new DatasetFiles().open(folder);

        assertThat(opened.result().problems()).extracting(Problem::message)
                .containsExactly("This is a folder without actors.csv, not a dataset.");
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void aFifoIsRefusedWithoutWaitingForAWriter() throws Exception {
        Path fifo = folder.resolve("pipe.json");
        Process mkfifo;
        try {
            mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        } catch (IOException e) {
            mkfifo = null;
        }
        assumeTrue(mkfifo != null && mkfifo.waitFor() == 0, "mkfifo is not available");

        assertThat(new DatasetFiles().open(fifo).result().problems()).extracting(Problem::message)
                .containsExactly("This is not a regular file (a FIFO, socket or device); Parley opens files.");
    }

    @Test
    void aDeviceIsRefused() {
        Path device = Path.of("/dev/zero");
        assumeTrue(Files.exists(device), "no /dev/zero here");

        assertThat(new DatasetFiles().open(device).result().problems()).extracting(Problem::message)
                .containsExactly("This is not a regular file (a FIFO, socket or device); Parley opens files.");
    }

    @Test
    void filesNetworkxWritesOpenWithEveryActorAndLink() throws Exception {
        Process probe;
        try {
            probe = new ProcessBuilder("python3", "-c", "import networkx").start();
        } catch (IOException e) {
            probe = null;
        }
        assumeTrue(probe != null && probe.waitFor() == 0, "python3 with networkx is not installed");
        Process write = new ProcessBuilder("python3", "-c", String.join("\n",
                "import networkx as nx",
                "g = nx.MultiDiGraph()",
                "g.add_node('kalin', label='İbrahim Kalın', kind='person', side='turkey')",
                "g.add_node('turkey', label='Turkey', kind='state', side='turkey')",
                "g.add_edge('kalin', 'turkey', relation='member-of', label='member of')",
                "g.add_edge('kalin', 'turkey', relation='represents', label='represents')",
                "nx.write_graphml(g, 'nx.graphml')",
                "nx.write_gexf(g, 'nx.gexf')")).directory(folder.toFile()).inheritIO().start();
        assertThat(write.waitFor()).isZero();

        for (String name : new String[] {"nx.graphml", "nx.gexf"}) {
            Opened opened = new DatasetFiles().open(folder.resolve(name));
            assertThat(opened.result().problems()).as(name).isEmpty();
            Dataset dataset = opened.result().dataset();
            assertThat(dataset.actors()).extracting(a -> a.name()).containsExactly("İbrahim Kalın", "Turkey");
            assertThat(dataset.actors()).extracting(a -> a.side()).containsOnly(Side.TURKEY);
            assertThat(dataset.relations()).extracting(Relation::type).as(name)
                    .containsExactly(RelationType.MEMBER_OF, RelationType.REPRESENTS);
        }
    }
}

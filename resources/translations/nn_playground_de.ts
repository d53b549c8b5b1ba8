<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>Accessibility</name>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>Every keyboard shortcut of the window (Ctrl+F1)</source>
        <translation>Alle Tastenkürzel des Fensters (Strg+F1)</translation>
    </message>
</context>
<context>
    <name>Announcer</name>
    <message>
        <source>Training started</source>
        <translation>Training gestartet</translation>
    </message>
    <message>
        <source>Training finished</source>
        <translation>Training beendet</translation>
    </message>
    <message>
        <source>Training reached the target error</source>
        <translation>Training hat den Zielfehler erreicht</translation>
    </message>
    <message>
        <source>Training stopped</source>
        <translation>Training angehalten</translation>
    </message>
    <message>
        <source>Training stopped: the values became non-finite</source>
        <translation>Training abgebrochen: die Werte wurden unendlich oder ungültig</translation>
    </message>
    <message>
        <source>Training failed</source>
        <translation>Training fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>ControlsPanel</name>
    <message>
        <source>Units in the hidden layer. 0 = no hidden layer: the inputs connect straight to the output, like the notebook&apos;s first example.</source>
        <translation>Einheiten der verborgenen Schicht. 0 = keine verborgene Schicht: die Eingaben gehen direkt zur Ausgabe, wie im ersten Beispiel des Notebooks.</translation>
    </message>
    <message>
        <source>Hidden units</source>
        <translation>Verborgene Einheiten</translation>
    </message>
    <message>
        <source>Several hidden layers: their sizes separated by commas, e.g. 4,3. 0 = no hidden layer.</source>
        <translation>Mehrere verborgene Schichten: ihre Größen durch Kommas getrennt, z. B. 4,3. 0 = keine verborgene Schicht.</translation>
    </message>
    <message>
        <source>e.g. 4,3</source>
        <translation>z. B. 4,3</translation>
    </message>
    <message>
        <source>Hidden layer sizes</source>
        <translation>Größen der verborgenen Schichten</translation>
    </message>
    <message>
        <source>How many times the network sees the whole table and adjusts its weights.</source>
        <translation>Wie oft das Netz die ganze Tabelle sieht und seine Gewichte anpasst.</translation>
    </message>
    <message>
        <source>Iterations</source>
        <translation>Iterationen</translation>
    </message>
    <message>
        <source>Learning rate: how big each weight change is. The notebook uses 1. Too big and the units saturate; too small and learning is slow.</source>
        <translation>Lernrate: wie groß jede Änderung der Gewichte ist. Das Notebook nimmt 1. Zu groß, und die Einheiten sättigen; zu klein, und das Lernen ist langsam.</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Lernrate</translation>
    </message>
    <message>
        <source>The function each hidden unit applies to its input. The output always uses the sigmoid, so it lies between 0 and 1.</source>
        <translation>Die Funktion, die jede verborgene Einheit auf ihre Eingabe anwendet. Die Ausgabe nimmt immer die Sigmoidfunktion und liegt darum zwischen 0 und 1.</translation>
    </message>
    <message>
        <source>Hidden activation</source>
        <translation>Aktivierung der verborgenen Schichten</translation>
    </message>
    <message>
        <source>&amp;Bias</source>
        <translation>Bia&amp;s</translation>
    </message>
    <message>
        <source>Give every unit an extra weight from a constant 1, so it can shift its threshold. The notebook has none: its third input column is always 1.</source>
        <translation>Gibt jeder Einheit ein zusätzliches Gewicht von einer konstanten 1, damit sie ihre Schwelle verschieben kann. Das Notebook hat keins: seine dritte Eingabespalte ist immer 1.</translation>
    </message>
    <message>
        <source>The random seed of the starting weights. The same seed always gives the same start, so runs can be repeated exactly.</source>
        <translation>Der Startwert des Zufalls für die Anfangsgewichte. Derselbe Startwert gibt immer denselben Anfang, so lassen sich Läufe genau wiederholen.</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Startwert</translation>
    </message>
    <message>
        <source>Write the error to the log every this many iterations (the notebook prints every 10,000).</source>
        <translation>Den Fehler alle so viele Iterationen ins Protokoll schreiben (das Notebook schreibt alle 10.000).</translation>
    </message>
    <message>
        <source>Log every</source>
        <translation>Protokoll alle</translation>
    </message>
    <message>
        <source>la&amp;yers:</source>
        <translation>Schi&amp;chten:</translation>
    </message>
    <message>
        <source>Hidden &amp;units</source>
        <translation>Verborgene &amp;Einheiten</translation>
    </message>
    <message>
        <source>&amp;Iterations</source>
        <translation>&amp;Iterationen</translation>
    </message>
    <message>
        <source>&amp;Learning rate</source>
        <translation>&amp;Lernrate</translation>
    </message>
    <message>
        <source>&amp;Activation</source>
        <translation>A&amp;ktivierung</translation>
    </message>
    <message>
        <source>&amp;Seed</source>
        <translation>Start&amp;wert</translation>
    </message>
    <message>
        <source>Lo&amp;g every</source>
        <translation>&amp;Protokoll alle</translation>
    </message>
    <message>
        <source>Hidden layers: {problem}</source>
        <translation>Verborgene Schichten: {problem}</translation>
    </message>
</context>
<context>
    <name>DecisionMapView</name>
    <message>
        <source>Output shown</source>
        <translation>Gezeigte Ausgabe</translation>
    </message>
    <message>
        <source>Horizontal axis input</source>
        <translation>Eingabe der waagerechten Achse</translation>
    </message>
    <message>
        <source>Vertical axis input</source>
        <translation>Eingabe der senkrechten Achse</translation>
    </message>
    <message>
        <source>Decision map</source>
        <translation>Entscheidungskarte</translation>
    </message>
</context>
<context>
    <name>ErrorPlot</name>
    <message>
        <source>Error plot</source>
        <translation>Fehlerkurve</translation>
    </message>
    <message>
        <source>Point under the mouse</source>
        <translation>Punkt unter dem Mauszeiger</translation>
    </message>
</context>
<context>
    <name>ExpressionField</name>
    <message>
        <source>Target rule</source>
        <translation>Regel für das Ziel</translation>
    </message>
</context>
<context>
    <name>FillTargetDialog</name>
    <message>
        <source>Target column</source>
        <translation>Zielspalte</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Help pages</source>
        <translation>Hilfeseiten</translation>
    </message>
</context>
<context>
    <name>HelpPage</name>
    <message>
        <source>What is happening?</source>
        <translation>Was passiert hier?</translation>
    </message>
    <message>
        <source>&lt;p&gt;The network learns the &lt;b&gt;Dataset&lt;/b&gt; table: for each row, the &lt;i&gt;inputs&lt;/i&gt; should give the
&lt;i&gt;target&lt;/i&gt;. It starts with random weights (the &lt;b&gt;Seed&lt;/b&gt; chooses them) and then repeats one
&lt;b&gt;iteration&lt;/b&gt; many times. Each iteration has four steps. The names are the ones the notebook uses,
and the ones the &lt;b&gt;Inspector&lt;/b&gt; shows (open it with &lt;b&gt;Ctrl+I&lt;/b&gt;, press &lt;b&gt;Step&lt;/b&gt;, and read the numbers).&lt;/p&gt;
</source>
        <translation>&lt;p&gt;Das Netz lernt die Tabelle &lt;b&gt;Datensatz&lt;/b&gt;: in jeder Zeile sollen die &lt;i&gt;Eingaben&lt;/i&gt; das
&lt;i&gt;Ziel&lt;/i&gt; ergeben. Es beginnt mit zufälligen Gewichten (der &lt;b&gt;Startwert&lt;/b&gt; wählt sie) und wiederholt dann
viele Male eine &lt;b&gt;Iteration&lt;/b&gt;. Jede Iteration hat vier Schritte. Die Namen sind die des Notebooks
und die, die der &lt;b&gt;Inspektor&lt;/b&gt; zeigt (öffne ihn mit &lt;b&gt;Strg+I&lt;/b&gt;, drücke &lt;b&gt;Schritt&lt;/b&gt; und lies die Zahlen).&lt;/p&gt;
</translation>
    </message>
    <message>
        <source>&lt;h3&gt;1. Forward pass&lt;/h3&gt;
&lt;p&gt;&lt;code&gt;l0&lt;/code&gt; is the table&apos;s inputs, one row per example. Each layer multiplies the layer before by its
weights and squashes the result into 0…1 with the sigmoid:
&lt;code&gt;l1 = nonlin(np.dot(l0, syn0))&lt;/code&gt;, then &lt;code&gt;l2 = nonlin(np.dot(l1, syn1))&lt;/code&gt;.
&lt;code&gt;syn0&lt;/code&gt; and &lt;code&gt;syn1&lt;/code&gt; are the weights: in the diagram, blue lines are positive weights, orange
lines negative ones, and thicker lines larger weights. The grey fill of a circle is that unit&apos;s output for the
selected row (dark = near 1).&lt;/p&gt;
</source>
        <translation>&lt;h3&gt;1. Vorwärtsdurchlauf&lt;/h3&gt;
&lt;p&gt;&lt;code&gt;l0&lt;/code&gt; sind die Eingaben der Tabelle, eine Zeile je Beispiel. Jede Schicht multipliziert die Schicht
davor mit ihren Gewichten und drückt das Ergebnis mit der Sigmoidfunktion in den Bereich 0…1:
&lt;code&gt;l1 = nonlin(np.dot(l0, syn0))&lt;/code&gt;, dann &lt;code&gt;l2 = nonlin(np.dot(l1, syn1))&lt;/code&gt;.
&lt;code&gt;syn0&lt;/code&gt; und &lt;code&gt;syn1&lt;/code&gt; sind die Gewichte: im Diagramm sind blaue Linien positive Gewichte, orange
Linien negative, und dickere Linien größere Gewichte. Die graue Füllung eines Kreises ist die Ausgabe dieser
Einheit für die gewählte Zeile (dunkel = nahe 1).&lt;/p&gt;
</translation>
    </message>
    <message>
        <source>&lt;h3&gt;2. Error&lt;/h3&gt;
&lt;p&gt;The last layer is the network&apos;s answer. &lt;code&gt;l2_error = y - l2&lt;/code&gt;: the target minus the output, for every
row. The &lt;b&gt;Error:&lt;/b&gt; lines of the log and the error plot show the mean of its absolute values; it should fall
towards 0. The &lt;b&gt;Predictions&lt;/b&gt; tab shows output and |error| for every row.&lt;/p&gt;
</source>
        <translation>&lt;h3&gt;2. Fehler&lt;/h3&gt;
&lt;p&gt;Die letzte Schicht ist die Antwort des Netzes. &lt;code&gt;l2_error = y - l2&lt;/code&gt;: das Ziel minus die Ausgabe, für
jede Zeile. Die &lt;b&gt;Error:&lt;/b&gt;-Zeilen des Protokolls und die Fehlerkurve zeigen den Mittelwert seiner Beträge; er
sollte gegen 0 fallen. Der Reiter &lt;b&gt;Vorhersagen&lt;/b&gt; zeigt Ausgabe und |Fehler| für jede Zeile.&lt;/p&gt;
</translation>
    </message>
    <message>
        <source>&lt;h3&gt;3. Delta (the backward pass)&lt;/h3&gt;
&lt;p&gt;The error is multiplied by the slope of the sigmoid: &lt;code&gt;l2_delta = l2_error * nonlin(l2, deriv=True)&lt;/code&gt;.
An output that is already confidently near 0 or 1 has a small slope, so it changes little. The blame is then sent
back along the weights to the hidden layer, &lt;code&gt;l1_error = l2_delta.dot(syn1.T)&lt;/code&gt;, and turned into its
delta the same way: &lt;code&gt;l1_delta = l1_error * nonlin(l1, deriv=True)&lt;/code&gt;.&lt;/p&gt;
</source>
        <translation>&lt;h3&gt;3. Delta (der Rückwärtsdurchlauf)&lt;/h3&gt;
&lt;p&gt;Der Fehler wird mit der Steigung der Sigmoidfunktion multipliziert:
&lt;code&gt;l2_delta = l2_error * nonlin(l2, deriv=True)&lt;/code&gt;. Eine Ausgabe, die schon sicher nahe 0 oder 1 liegt, hat
eine kleine Steigung und ändert sich darum wenig. Die Schuld wird dann entlang der Gewichte zur verborgenen
Schicht zurückgeschickt, &lt;code&gt;l1_error = l2_delta.dot(syn1.T)&lt;/code&gt;, und auf dieselbe Weise zu deren Delta:
&lt;code&gt;l1_delta = l1_error * nonlin(l1, deriv=True)&lt;/code&gt;.&lt;/p&gt;
</translation>
    </message>
    <message>
        <source>&lt;h3&gt;4. Update&lt;/h3&gt;
&lt;p&gt;Every weight changes by (what came in on it) × (the delta where it arrives), summed over all rows:
&lt;code&gt;syn1 += l1.T.dot(l2_delta)&lt;/code&gt; and &lt;code&gt;syn0 += l0.T.dot(l1_delta)&lt;/code&gt;. The &lt;b&gt;learning rate&lt;/b&gt;
multiplies this change. Then the next iteration starts with the new weights.&lt;/p&gt;
</source>
        <translation>&lt;h3&gt;4. Aktualisierung&lt;/h3&gt;
&lt;p&gt;Jedes Gewicht ändert sich um (was auf ihm hereinkam) × (das Delta, wo es ankommt), summiert über alle Zeilen:
&lt;code&gt;syn1 += l1.T.dot(l2_delta)&lt;/code&gt; und &lt;code&gt;syn0 += l0.T.dot(l1_delta)&lt;/code&gt;. Die &lt;b&gt;Lernrate&lt;/b&gt;
multipliziert diese Änderung. Dann beginnt die nächste Iteration mit den neuen Gewichten.&lt;/p&gt;
</translation>
    </message>
    <message>
        <source>&lt;h3&gt;The controls&lt;/h3&gt;
&lt;ul&gt;
&lt;li&gt;&lt;b&gt;Train&lt;/b&gt; starts again from the seed&apos;s weights and runs to &lt;b&gt;Iterations&lt;/b&gt;. &lt;b&gt;Play&lt;/b&gt; goes on from
where the network is; &lt;b&gt;Pause&lt;/b&gt; (or &lt;b&gt;Stop&lt;/b&gt;) keeps everything, so Play continues exactly as if it had never
paused.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Step&lt;/b&gt; does one iteration; &lt;b&gt;Step N&lt;/b&gt; does the number in the box. The &lt;b&gt;Speed&lt;/b&gt; slider goes from one
iteration a second (watch every change) to full speed.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Reset&lt;/b&gt; goes back to the same starting weights; &lt;b&gt;New seed&lt;/b&gt; picks different ones.&lt;/li&gt;
&lt;li&gt;The &lt;b&gt;History&lt;/b&gt; slider shows earlier moments of the run without training again.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Presentation mode&lt;/b&gt; (F9; Ctrl+ and Ctrl− to resize, Ctrl+0 for normal) makes everything larger for a
projector; &lt;b&gt;F11&lt;/b&gt; is full screen.&lt;/li&gt;
&lt;/ul&gt;</source>
        <translation>&lt;h3&gt;Die Bedienelemente&lt;/h3&gt;
&lt;ul&gt;
&lt;li&gt;&lt;b&gt;Trainieren&lt;/b&gt; beginnt wieder bei den Gewichten des Startwerts und läuft bis &lt;b&gt;Iterationen&lt;/b&gt;.
&lt;b&gt;Abspielen&lt;/b&gt; macht dort weiter, wo das Netz gerade ist; &lt;b&gt;Pause&lt;/b&gt; (oder &lt;b&gt;Stopp&lt;/b&gt;) behält alles, so dass
Abspielen genau so weitermacht, als hätte es nie pausiert.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Schritt&lt;/b&gt; macht eine Iteration; &lt;b&gt;N Schritte&lt;/b&gt; macht so viele, wie im Feld stehen. Der Regler
&lt;b&gt;Tempo&lt;/b&gt; reicht von einer Iteration pro Sekunde (jede Änderung zu sehen) bis zu voller Geschwindigkeit.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Zurücksetzen&lt;/b&gt; geht zu denselben Anfangsgewichten zurück; &lt;b&gt;Neuer Startwert&lt;/b&gt; wählt andere.&lt;/li&gt;
&lt;li&gt;Der Regler &lt;b&gt;Verlauf&lt;/b&gt; zeigt frühere Momente des Laufs, ohne neu zu trainieren.&lt;/li&gt;
&lt;li&gt;Der &lt;b&gt;Präsentationsmodus&lt;/b&gt; (F9; Strg+ und Strg− ändern die Größe, Strg+0 ist normal) macht alles größer für
einen Beamer; &lt;b&gt;F11&lt;/b&gt; ist Vollbild.&lt;/li&gt;
&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;With more hidden layers the names go on: &lt;code&gt;l3&lt;/code&gt;, &lt;code&gt;syn2&lt;/code&gt;, &lt;code&gt;l3_delta&lt;/code&gt;, ...
With &lt;b&gt;Bias&lt;/b&gt; on, each layer also gets a weight from a constant 1 (the bias row &lt;code&gt;b0&lt;/code&gt;, &lt;code&gt;b1&lt;/code&gt;,
... in the inspector, the square &quot;1&quot; nodes in the diagram).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Mit mehr verborgenen Schichten gehen die Namen weiter: &lt;code&gt;l3&lt;/code&gt;, &lt;code&gt;syn2&lt;/code&gt;,
&lt;code&gt;l3_delta&lt;/code&gt;, ... Mit eingeschaltetem &lt;b&gt;Bias&lt;/b&gt; bekommt jede Schicht außerdem ein Gewicht von einer
konstanten 1 (die Bias-Zeile &lt;code&gt;b0&lt;/code&gt;, &lt;code&gt;b1&lt;/code&gt;, ... im Inspektor, die quadratischen „1“-Knoten im
Diagramm).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Weitere</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Umschalt+Tab</translation>
    </message>
    <message>
        <source>Move to the next or previous control or panel</source>
        <translation>Zum nächsten oder vorigen Bedienelement oder Bereich</translation>
    </message>
    <message>
        <source>Arrow keys</source>
        <translation>Pfeiltasten</translation>
    </message>
    <message>
        <source>Move inside a table, a list or a slider</source>
        <translation>Innerhalb einer Tabelle, einer Liste oder eines Reglers bewegen</translation>
    </message>
    <message>
        <source>F2 or typing</source>
        <translation>F2 oder Tippen</translation>
    </message>
    <message>
        <source>Edit the selected cell of the dataset table</source>
        <translation>Die gewählte Zelle der Datensatz-Tabelle bearbeiten</translation>
    </message>
    <message>
        <source>Alt + underlined letter</source>
        <translation>Alt + unterstrichener Buchstabe</translation>
    </message>
    <message>
        <source>Open a menu or move to a field</source>
        <translation>Ein Menü öffnen oder zu einem Feld springen</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Leertaste</translation>
    </message>
    <message>
        <source>Press the button or tick the box that has the focus</source>
        <translation>Die Schaltfläche drücken oder das Kästchen ankreuzen, das den Fokus hat</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Moving around</source>
        <translation>Bewegen im Fenster</translation>
    </message>
</context>
<context>
    <name>HistoryScrubber</name>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
</context>
<context>
    <name>InspectorPanel</name>
    <message>
        <source>Inspector matrices</source>
        <translation>Matrizen des Inspektors</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>As the computer is set ({language})</source>
        <translation>Wie der Computer eingestellt ist ({language})</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>NN Playground will be in {language} from its next start. Restart it now?</source>
        <translation>NN Playground ist ab dem nächsten Start auf {language}. Jetzt neu starten?</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Predictions</source>
        <translation>Vorhersagen</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
</context>
<context>
    <name>NetworkView</name>
    <message>
        <source>Network diagram</source>
        <translation>Netzdiagramm</translation>
    </message>
</context>
<context>
    <name>StudyWindow</name>
    <message>
        <source>Seeds</source>
        <translation>Startwerte</translation>
    </message>
    <message>
        <source>Target error</source>
        <translation>Zielfehler</translation>
    </message>
    <message>
        <source>Error of every run</source>
        <translation>Fehler jedes Laufs</translation>
    </message>
    <message>
        <source>Final errors</source>
        <translation>Endfehler</translation>
    </message>
</context>
<context>
    <name>TransportBar</name>
    <message>
        <source>Step N count</source>
        <translation>Anzahl für N Schritte</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <source>Target error</source>
        <translation>Zielfehler</translation>
    </message>
</context>
</TS>

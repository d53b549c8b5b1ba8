<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>Accessibility</name>
    <message>
        <source>Status</source>
        <translation>Statuszeile</translation>
    </message>
    <message>
        <source>Training progress</source>
        <translation>Trainingsfortschritt</translation>
    </message>
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
</context>
<context>
    <name>AtlasAxes</name>
    <message>
        <source>{axis}: {problem}</source>
        <translation>{axis}: {problem}</translation>
    </message>
    <message>
        <source>“{text}” is too large</source>
        <translation>„{text}“ ist zu groß</translation>
    </message>
    <message>
        <source>“{text}” is not a number</source>
        <translation>„{text}“ ist keine Zahl</translation>
    </message>
    <message>
        <source>“{text}” is not a whole number</source>
        <translation>„{text}“ ist keine ganze Zahl</translation>
    </message>
    <message>
        <source>“{text}” is not a finite number</source>
        <translation>„{text}“ ist keine endliche Zahl</translation>
    </message>
    <message>
        <source>“{text}” has a dash with no layer size on one side; write e.g. 4-3 for two layers of 4 and 3 units</source>
        <translation>„{text}“ hat einen Bindestrich ohne Schichtgröße auf einer Seite; schreibe z. B. 4-3 für zwei Schichten mit 4 und 3 Einheiten</translation>
    </message>
    <message>
        <source>the {axis} axis has no values</source>
        <translation>die Achse {axis} hat keine Werte</translation>
    </message>
    <message>
        <source>“{text}”: write decimals with a point here (0.5), and separate values with a semicolon (0.1; 0.5)</source>
        <translation>„{text}“: schreibe Dezimalzahlen hier mit Punkt (0.5) und trenne Werte mit einem Semikolon (0.1; 0.5)</translation>
    </message>
    <message>
        <source>“{text}” has an empty value; write one value between each two commas</source>
        <translation>„{text}“ enthält einen leeren Wert; schreibe zwischen je zwei Kommas einen Wert</translation>
    </message>
    <message>
        <source>use 1 to {most} values</source>
        <translation>nimm 1 bis {most} Werte</translation>
    </message>
    <message>
        <source>“{text}”: both ends must be above 0 (the rates are spaced on a log scale)</source>
        <translation>„{text}“: beide Enden müssen größer als 0 sein (die Lernraten sind logarithmisch verteilt)</translation>
    </message>
    <message>
        <source>“{text}” ends before it starts</source>
        <translation>„{text}“ endet, bevor es beginnt</translation>
    </message>
    <message>
        <source>write {example} or a list separated by commas</source>
        <translation>schreibe {example} oder eine durch Kommas getrennte Liste</translation>
    </message>
</context>
<context>
    <name>AtlasCell</name>
    <message>
        <source>not computed yet</source>
        <translation>noch nicht berechnet</translation>
    </message>
    <message>
        <source>final error {error}</source>
        <translation>Endfehler {error}</translation>
    </message>
    <message>
        <source>test error {error}</source>
        <translation>Testfehler {error}</translation>
    </message>
    <message>
        <source>target at iteration {n}</source>
        <translation>Ziel bei Iteration {n}</translation>
    </message>
    <message>
        <source>target not reached</source>
        <translation>Ziel nicht erreicht</translation>
    </message>
    <message>
        <source>also: {labels}</source>
        <translation>außerdem: {labels}</translation>
    </message>
    <message>
        <source>No atlas yet: choose two axes and press Compute.</source>
        <translation>Noch kein Atlas: Wähle zwei Achsen und drücke „Berechnen“.</translation>
    </message>
    <message>
        <source>{done} of {total} cells computed</source>
        <translation>{done} von {total} Zellen berechnet</translation>
    </message>
    <message>
        <source>{share}% {label}</source>
        <translation>{share} % {label}</translation>
    </message>
    <message>
        <source>divergence above learning rate ≈ {rate}</source>
        <translation>Divergenz oberhalb der Lernrate ≈ {rate}</translation>
    </message>
</context>
<context>
    <name>AtlasLabels</name>
    <message>
        <source>converged</source>
        <translation>konvergiert</translation>
    </message>
    <message>
        <source>too slow</source>
        <translation>zu langsam</translation>
    </message>
    <message>
        <source>plateau</source>
        <translation>Plateau</translation>
    </message>
    <message>
        <source>oscillating</source>
        <translation>oszillierend</translation>
    </message>
    <message>
        <source>saturated</source>
        <translation>gesättigt</translation>
    </message>
    <message>
        <source>dead ReLUs</source>
        <translation>tote ReLUs</translation>
    </message>
    <message>
        <source>diverged</source>
        <translation>divergiert</translation>
    </message>
</context>
<context>
    <name>AtlasLegend</name>
    <message>
        <source>not finite</source>
        <translation>nicht endlich</translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>nicht erreicht</translation>
    </message>
</context>
<context>
    <name>AtlasWindow</name>
    <message>
        <source>Failure atlas</source>
        <translation>Fehleratlas</translation>
    </message>
    <message>
        <source>Across</source>
        <translation>Waagerecht</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Senkrecht</translation>
    </message>
    <message>
        <source>Axis {n}</source>
        <translation>Achse {n}</translation>
    </message>
    <message>
        <source>Values of axis {n}</source>
        <translation>Werte der Achse {n}</translation>
    </message>
    <message>
        <source>A:B:N is N values from A to B (log-spaced for the learning rate); A:B every whole number from A to B; or a list separated by commas (hidden units: 4-3 is two layers of 4 and 3; batch size: all or none is every row)</source>
        <translation>A:B:N sind N Werte von A bis B (logarithmisch verteilt für die Lernrate); A:B jede ganze Zahl von A bis B; oder eine durch Kommas getrennte Liste (verborgene Einheiten: 4-3 sind zwei Schichten mit 4 und 3; Batchgröße: all oder none ist jede Zeile)</translation>
    </message>
    <message>
        <source>Iterations</source>
        <translation>Iterationen</translation>
    </message>
    <message>
        <source>Target error</source>
        <translation>Zielfehler</translation>
    </message>
    <message>
        <source>Colour by</source>
        <translation>Färben nach</translation>
    </message>
    <message>
        <source>▶  Compute</source>
        <translation>▶  Berechnen</translation>
    </message>
    <message>
        <source>Train every cell of the grid (on the helper processes)</source>
        <translation>Jede Zelle des Rasters trainieren (in den Hilfsprozessen)</translation>
    </message>
    <message>
        <source>■  Stop</source>
        <translation>■  Stopp</translation>
    </message>
    <message>
        <source>◀  Back</source>
        <translation>◀  Zurück</translation>
    </message>
    <message>
        <source>The grid before the last zoom</source>
        <translation>Das Raster vor dem letzten Zoom</translation>
    </message>
    <message>
        <source>failure label</source>
        <translation>Fehlerart</translation>
    </message>
    <message>
        <source>final error</source>
        <translation>Endfehler</translation>
    </message>
    <message>
        <source>iterations to target</source>
        <translation>Iterationen bis zum Ziel</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Picture (PNG)…</source>
        <translation>Bild (PNG)…</translation>
    </message>
    <message>
        <source>Drawing (SVG)…</source>
        <translation>Zeichnung (SVG)…</translation>
    </message>
    <message>
        <source>Records (CSV)…</source>
        <translation>Datensätze (CSV)…</translation>
    </message>
    <message>
        <source>Failure atlas map</source>
        <translation>Karte des Fehleratlas</translation>
    </message>
    <message>
        <source>No experiment to map.</source>
        <translation>Kein Experiment zum Kartieren.</translation>
    </message>
    <message>
        <source>bias</source>
        <translation>Bias</translation>
    </message>
    <message>
        <source>no bias</source>
        <translation>kein Bias</translation>
    </message>
    <message numerus="yes">
        <source>Every cell trains this setting with the cell&apos;s values: hidden {hidden} · {activation} · {bias} · output {output} · loss {loss} · optimizer {optimizer} · %n row(s)</source>
        <translation>
            <numerusform>Jede Zelle trainiert diese Einstellung mit ihren eigenen Werten: verborgen {hidden} · {activation} · {bias} · Ausgabe {output} · Verlust {loss} · Optimierer {optimizer} · %n Zeile</numerusform>
            <numerusform>Jede Zelle trainiert diese Einstellung mit ihren eigenen Werten: verborgen {hidden} · {activation} · {bias} · Ausgabe {output} · Verlust {loss} · Optimierer {optimizer} · %n Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>no experiment</source>
        <translation>kein Experiment</translation>
    </message>
    <message>
        <source>choose two different axes</source>
        <translation>wähle zwei verschiedene Achsen</translation>
    </message>
    <message>
        <source>Cannot compute this atlas: {problem}</source>
        <translation>Dieser Atlas kann nicht berechnet werden: {problem}</translation>
    </message>
    <message>
        <source>This atlas of {cells} cells will take {duration} (a rough estimate); press Stop to end it, or use fewer cells or iterations to make it shorter</source>
        <translation>Dieser Atlas mit {cells} Zellen dauert {duration} (grob geschätzt); drücke „Stopp“, um ihn zu beenden, oder nimm weniger Zellen oder Iterationen, um ihn zu verkürzen</translation>
    </message>
    <message>
        <source>The atlas failed: {problem}</source>
        <translation>Der Atlas ist fehlgeschlagen: {problem}</translation>
    </message>
    <message>
        <source>A helper process has not answered for {seconds} s; press Stop to end the atlas</source>
        <translation>Ein Hilfsprozess hat seit {seconds} s nicht geantwortet; drücke „Stopp“, um den Atlas zu beenden</translation>
    </message>
    <message>
        <source>final error (log)</source>
        <translation>Endfehler (log)</translation>
    </message>
    <message>
        <source>{summary}; stopped before the end</source>
        <translation>{summary}; vor dem Ende angehalten</translation>
    </message>
    <message>
        <source>Could not write {path}: {problem}</source>
        <translation>{path} konnte nicht geschrieben werden: {problem}</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG-Zeichnung (*.svg)</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>CSV-Tabelle (*.csv)</translation>
    </message>
    <message>
        <source>Export the atlas</source>
        <translation>Atlas exportieren</translation>
    </message>
</context>
<context>
    <name>Branches</name>
    <message>
        <source>nothing changed</source>
        <translation>nichts geändert</translation>
    </message>
    <message>
        <source>on</source>
        <translation>an</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>settings changed</source>
        <translation>Einstellungen geändert</translation>
    </message>
    <message>
        <source>{setting} {old} → {new}</source>
        <translation>{setting} {old} → {new}</translation>
    </message>
    <message>
        <source>row {row} added</source>
        <translation>Zeile {row} hinzugefügt</translation>
    </message>
    <message>
        <source>row {row} edited</source>
        <translation>Zeile {row} bearbeitet</translation>
    </message>
    <message>
        <source>{count} rows edited</source>
        <translation>{count} Zeilen bearbeitet</translation>
    </message>
    <message>
        <source>table edited</source>
        <translation>Tabelle bearbeitet</translation>
    </message>
    <message>
        <source>weight {cell} = {value}</source>
        <translation>Gewicht {cell} = {value}</translation>
    </message>
    <message>
        <source>branched at {iteration}: {change}</source>
        <translation>verzweigt bei {iteration}: {change}</translation>
    </message>
</context>
<context>
    <name>CellPanel</name>
    <message>
        <source>Error of the cell</source>
        <translation>Fehler der Zelle</translation>
    </message>
    <message>
        <source>Point at a cell to see its curve; click it (or press Enter) to open that run in the main window.</source>
        <translation>Zeige auf eine Zelle, um ihre Kurve zu sehen; klicke darauf (oder drücke die Eingabetaste), um diesen Lauf im Hauptfenster zu öffnen.</translation>
    </message>
</context>
<context>
    <name>ChoicesEditor</name>
    <message>
        <source>Choice</source>
        <translation>Auswahl</translation>
    </message>
    <message>
        <source>Feedback for this choice</source>
        <translation>Rückmeldung zu dieser Auswahl</translation>
    </message>
    <message>
        <source>Add c&amp;hoice</source>
        <translation>Auswahl &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>Richtig</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Choice {n}</source>
        <translation>Auswahl {n}</translation>
    </message>
    <message>
        <source>Choice {n} is correct</source>
        <translation>Auswahl {n} ist richtig</translation>
    </message>
    <message>
        <source>Feedback for choice {n}</source>
        <translation>Rückmeldung zu Auswahl {n}</translation>
    </message>
    <message>
        <source>optional: what the student reads after picking it</source>
        <translation>optional: was die Lernenden nach dieser Wahl lesen</translation>
    </message>
    <message>
        <source>Move choice {n} up</source>
        <translation>Auswahl {n} nach oben schieben</translation>
    </message>
    <message>
        <source>Move choice {n} down</source>
        <translation>Auswahl {n} nach unten schieben</translation>
    </message>
    <message>
        <source>Remove choice {n}</source>
        <translation>Auswahl {n} entfernen</translation>
    </message>
</context>
<context>
    <name>Classroom</name>
    <message>
        <source>Backprop inspector: every number of one iteration</source>
        <translation>Backprop-Inspektor: jede Zahl einer Iteration</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Inspektor</translation>
    </message>
    <message>
        <source>Show or hide the backprop inspector (Ctrl+I): every matrix of the current iteration, with the notebook&apos;s names and NumPy lines</source>
        <translation>Den Backprop-Inspektor zeigen oder verbergen (Strg+I): jede Matrix der aktuellen Iteration, mit den Namen und NumPy-Zeilen des Notebooks</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>⚄  New seed</source>
        <translation>⚄  Neuer Startwert</translation>
    </message>
    <message>
        <source>Pick a new random seed: different starting weights (shown in the Seed field). Reset always goes back to the starting weights of the seed shown.</source>
        <translation>Einen neuen zufälligen Startwert wählen: andere Anfangsgewichte (im Feld Startwert gezeigt). Zurücksetzen geht immer zu den Anfangsgewichten des gezeigten Startwerts.</translation>
    </message>
    <message>
        <source>Forget the training: back to the starting weights of this seed (the same ones every time)</source>
        <translation>Das Training vergessen: zurück zu den Anfangsgewichten dieses Startwerts (jedes Mal dieselben)</translation>
    </message>
    <message>
        <source>Stop training now (Esc); the weights learnt so far are kept and Play goes on from them</source>
        <translation>Das Training jetzt anhalten (Esc); die bisher gelernten Gewichte bleiben, und Weiter macht mit ihnen weiter</translation>
    </message>
    <message>
        <source>Remove the faded curves of earlier runs from the error plot</source>
        <translation>Die blassen Kurven früherer Läufe aus der Fehlerkurve entfernen</translation>
    </message>
    <message>
        <source>Presentation mode</source>
        <translation>Präsentationsmodus</translation>
    </message>
    <message>
        <source>Presentation mode (F9): everything larger, to read from the back of a room. Ctrl+ and Ctrl− change the size, Ctrl+0 goes back to normal.</source>
        <translation>Präsentationsmodus (F9): alles größer, lesbar bis in die letzte Reihe. Strg+ und Strg− ändern die Größe, Strg+0 geht zurück zur normalen.</translation>
    </message>
    <message>
        <source>Larger</source>
        <translation>Größer</translation>
    </message>
    <message>
        <source>Smaller</source>
        <translation>Kleiner</translation>
    </message>
    <message>
        <source>Normal size</source>
        <translation>Normale Größe</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Vollbild</translation>
    </message>
    <message>
        <source>Fill the whole screen (F11)</source>
        <translation>Den ganzen Bildschirm füllen (F11)</translation>
    </message>
    <message>
        <source>What the network does in each iteration, in the names the app uses (F1)</source>
        <translation>Was das Netz in jeder Iteration tut, mit den Namen der App (F1)</translation>
    </message>
    <message>
        <source>Ctrl+</source>
        <translation>Strg+</translation>
    </message>
    <message>
        <source>Ctrl−</source>
        <translation>Strg−</translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation>Strg+0</translation>
    </message>
    <message>
        <source>{action} text and lines, for a projector ({keys})</source>
        <translation>{action}: Schrift und Linien, für einen Beamer ({keys})</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>The run has done its {number} iterations. Raise Iterations and press Play to go on, or press Train to start again from the seed.</source>
        <translation>Der Lauf hat seine {number} Iterationen gemacht. Iterationen erhöhen und Weiter drücken, um weiterzumachen, oder Trainieren drücken, um wieder beim Startwert zu beginnen.</translation>
    </message>
</context>
<context>
    <name>ControlsPanel</name>
    <message>
        <source>e.g. 4,3</source>
        <translation>z. B. 4,3</translation>
    </message>
    <message>
        <source>Hidden layer sizes</source>
        <translation>Größen der verborgenen Schichten</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Erweitert</translation>
    </message>
    <message>
        <source>Beyond the notebook: the output layer and its loss, weight decay, the optimiser and mini-batches</source>
        <translation>Über das Notebook hinaus: die Ausgabeschicht und ihr Verlust, Gewichtsabnahme, der Optimierer und Mini-Batches</translation>
    </message>
    <message>
        <source>{problem} (leaving the field keeps {value})</source>
        <translation>{problem} (beim Verlassen des Felds bleibt {value})</translation>
    </message>
    <message>
        <source>Hidden layers: {problem}</source>
        <translation>Verborgene Schichten: {problem}</translation>
    </message>
</context>
<context>
    <name>Core</name>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <source>original: not a usable file name, so the work is recovered as Untitled</source>
        <translation>original: kein brauchbarer Dateiname, daher wird die Arbeit als Unbenannt wiederhergestellt</translation>
    </message>
    <message>
        <source>saved_at: not a usable time</source>
        <translation>saved_at: keine brauchbare Zeitangabe</translation>
    </message>
    <message>
        <source>{value!r} is not a finite number</source>
        <translation>{value!r} ist keine endliche Zahl</translation>
    </message>
    <message>
        <source>{value!r} is not a number</source>
        <translation>{value!r} ist keine Zahl</translation>
    </message>
    <message>
        <source>an empty cell is not a number</source>
        <translation>eine leere Zelle ist keine Zahl</translation>
    </message>
    <message>
        <source>{text!r} is not a number (use a point for decimals: {fixed})</source>
        <translation>{text!r} ist keine Zahl (für Dezimalstellen einen Punkt verwenden: {fixed})</translation>
    </message>
    <message>
        <source>{text!r} is not a number (write numbers with the digits 0 to 9)</source>
        <translation>{text!r} ist keine Zahl (Zahlen mit den Ziffern 0 bis 9 schreiben)</translation>
    </message>
    <message>
        <source>{value} is not a finite number</source>
        <translation>{value} ist keine endliche Zahl</translation>
    </message>
    <message>
        <source>{text!r} is too large to be a finite number</source>
        <translation>{text!r} ist zu groß für eine endliche Zahl</translation>
    </message>
    <message>
        <source>not a finite number</source>
        <translation>keine endliche Zahl</translation>
    </message>
    <message>
        <source>magnitude above {limit:g}</source>
        <translation>Betrag über {limit:g}</translation>
    </message>
    <message>
        <source>targets must lie between 0 and 1 (the output is a {output})</source>
        <translation>Ziele müssen zwischen 0 und 1 liegen (die Ausgabe ist eine {output})</translation>
    </message>
    <message>
        <source>column name is empty</source>
        <translation>Spaltenname ist leer</translation>
    </message>
    <message>
        <source>column name {name!r} contains a control character</source>
        <translation>Spaltenname {name!r} enthält ein Steuerzeichen</translation>
    </message>
    <message>
        <source>column name {name!r} is not valid Unicode (a lone surrogate at character {n})</source>
        <translation>Spaltenname {name!r} ist kein gültiges Unicode (ein einzelnes Surrogat bei Zeichen {n})</translation>
    </message>
    <message>
        <source>column name {name!r} has leading or trailing spaces</source>
        <translation>Spaltenname {name!r} hat Leerzeichen am Anfang oder Ende</translation>
    </message>
    <message>
        <source>column name {name!r} is used twice</source>
        <translation>Spaltenname {name!r} kommt zweimal vor</translation>
    </message>
    <message>
        <source>the dataset needs at least one input column</source>
        <translation>die Tabelle braucht mindestens eine Eingabespalte</translation>
    </message>
    <message>
        <source>the dataset needs at least one target column</source>
        <translation>die Tabelle braucht mindestens eine Zielspalte</translation>
    </message>
    <message>
        <source>the dataset has no rows</source>
        <translation>die Tabelle hat keine Zeilen</translation>
    </message>
    <message>
        <source>every row is marked test; keep at least one training row</source>
        <translation>jede Zeile ist als Test markiert; behalte mindestens eine Trainingszeile</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>ungültig</translation>
    </message>
    <message>
        <source>line {line}, column {column} ({name!r}): {reason}</source>
        <translation>Zeile {line}, Spalte {column} ({name!r}): {reason}</translation>
    </message>
    <message>
        <source>{source}: {problem}</source>
        <translation>{source}: {problem}</translation>
    </message>
    <message>
        <source>{source}: line {line}, column {column} ({name!r})</source>
        <translation>{source}: Zeile {line}, Spalte {column} ({name!r})</translation>
    </message>
    <message>
        <source>{problem} (the first line should hold the column names)</source>
        <translation>{problem} (die erste Zeile sollte die Spaltennamen enthalten)</translation>
    </message>
    <message>
        <source>document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>{name} is too large (more than {limit:,} bytes, the limit)</source>
        <translation>{name} ist zu groß (mehr als {limit:,} Bytes, die Grenze)</translation>
    </message>
    <message>
        <source>{name} does not look like a UTF-8 text file (byte {byte})</source>
        <translation>{name} sieht nicht wie eine UTF-8-Textdatei aus (Byte {byte})</translation>
    </message>
    <message>
        <source>{source}: the file has more than {limit:,} rows (the limit)</source>
        <translation>{source}: die Datei hat mehr als {limit:,} Zeilen (die Grenze)</translation>
    </message>
    <message>
        <source>(and {n} more problems)</source>
        <translation>(und {n} weitere Probleme)</translation>
    </message>
    <message>
        <source>{source}: the file is empty (expected a header row of column names)</source>
        <translation>{source}: die Datei ist leer (erwartet wird eine Kopfzeile mit Spaltennamen)</translation>
    </message>
    <message>
        <source>{source}: the header has {n:,} columns; the limit is {limit}</source>
        <translation>{source}: die Kopfzeile hat {n:,} Spalten; die Grenze ist {limit}</translation>
    </message>
    <message>
        <source>{source}: the file has {n:,} rows; the limit is {limit:,}</source>
        <translation>{source}: die Datei hat {n:,} Zeilen; die Grenze ist {limit:,}</translation>
    </message>
    <message>
        <source>{source}: the file has a header but no rows of numbers</source>
        <translation>{source}: die Datei hat eine Kopfzeile, aber keine Zeilen mit Zahlen</translation>
    </message>
    <message>
        <source>{where}: {cell!r} is not a number</source>
        <translation>{where}: {cell!r} ist keine Zahl</translation>
    </message>
    <message>
        <source>line 1, column {column}: {reason}</source>
        <translation>Zeile 1, Spalte {column}: {reason}</translation>
    </message>
    <message>
        <source>expected an object, got {kind}</source>
        <translation>erwartet wird ein Objekt, gefunden: {kind}</translation>
    </message>
    <message>
        <source>expected a whole number, got {kind}</source>
        <translation>erwartet wird eine ganze Zahl, gefunden: {kind}</translation>
    </message>
    <message>
        <source>expected {what}, got {kind}</source>
        <translation>erwartet wird {what}, gefunden: {kind}</translation>
    </message>
    <message>
        <source>the number is too large</source>
        <translation>die Zahl ist zu groß</translation>
    </message>
    <message>
        <source>the dataset has no columns</source>
        <translation>der Datensatz hat keine Spalten</translation>
    </message>
    <message>
        <source>{n:,} columns; the limit is {limit}</source>
        <translation>{n:,} Spalten; die Grenze ist {limit}</translation>
    </message>
    <message>
        <source>{n:,} rows; the limit is {limit:,}</source>
        <translation>{n:,} Zeilen; die Grenze ist {limit:,}</translation>
    </message>
    <message>
        <source>row index {row} is past the last row ({last})</source>
        <translation>Zeilenindex {row} liegt hinter der letzten Zeile ({last})</translation>
    </message>
    <message>
        <source>dataset.rows[{row}][{column}] (column {name!r})</source>
        <translation>dataset.rows[{row}][{column}] (Spalte {name!r})</translation>
    </message>
    <message>
        <source>the {optimizer} optimizer needs {slots}; {slot!r} is missing</source>
        <translation>der Optimierer {optimizer} braucht {slots}; {slot!r} fehlt</translation>
    </message>
    <message>
        <source>cannot read {name}: {reason}</source>
        <translation>{name} lässt sich nicht lesen: {reason}</translation>
    </message>
    <message>
        <source>{source}: line {line} has {cells} cells, the header has {names}</source>
        <translation>{source}: Zeile {line} hat {cells} Zellen, die Kopfzeile hat {names}</translation>
    </message>
    <message>
        <source>{where}: {cell!r} is not a finite number</source>
        <translation>{where}: {cell!r} ist keine endliche Zahl</translation>
    </message>
    <message>
        <source>{where}: the cell is empty</source>
        <translation>{where}: die Zelle ist leer</translation>
    </message>
    <message>
        <source>{where}: {cell!r} is not a number (write decimals with a point)</source>
        <translation>{where}: {cell!r} ist keine Zahl (Dezimalstellen mit Punkt schreiben)</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>expected a number, got {kind}</source>
        <translation>erwartet wird eine Zahl, gefunden: {kind}</translation>
    </message>
    <message>
        <source>{v} is out of range</source>
        <translation>{v} liegt außerhalb des erlaubten Bereichs</translation>
    </message>
    <message>
        <source>expected a list, got {kind}</source>
        <translation>erwartet wird eine Liste, gefunden: {kind}</translation>
    </message>
    <message>
        <source>expected {n} items, got {got}</source>
        <translation>erwartet werden {n} Einträge, gefunden: {got}</translation>
    </message>
    <message>
        <source>expected &apos;input&apos; or &apos;target&apos;, got {role!r}</source>
        <translation>erwartet wird &apos;input&apos; oder &apos;target&apos;, gefunden: {role!r}</translation>
    </message>
    <message>
        <source>iteration {iteration:,} is not before iterations_done ({done:,})</source>
        <translation>Iteration {iteration:,} liegt nicht vor iterations_done ({done:,})</translation>
    </message>
    <message>
        <source>the {optimizer} optimizer keeps no state {slot!r}</source>
        <translation>der Optimierer {optimizer} hat keinen Zustand {slot!r}</translation>
    </message>
    <message>
        <source>expected a list of {n} arrays</source>
        <translation>erwartet wird eine Liste von {n} Arrays</translation>
    </message>
    <message>
        <source>Adam&apos;s running average of squared gradients cannot be negative, got {value:g}</source>
        <translation>Adams gleitender Mittelwert der quadrierten Gradienten kann nicht negativ sein, gefunden: {value:g}</translation>
    </message>
    <message>
        <source>the network of these settings cannot take this state ({problem})</source>
        <translation>das Netz dieser Einstellungen kann diesen Zustand nicht übernehmen ({problem})</translation>
    </message>
    <message>
        <source>{name} is too large ({size:,} bytes; the limit is {limit:,})</source>
        <translation>{name} ist zu groß ({size:,} Bytes; die Grenze ist {limit:,})</translation>
    </message>
    <message>
        <source>the expression has {n:,} characters; the limit is {limit:,}</source>
        <translation>die Regel hat {n:,} Zeichen; die Grenze ist {limit:,}</translation>
    </message>
    <message>
        <source>about a minute</source>
        <translation>etwa eine Minute</translation>
    </message>
    <message>
        <source>this training of {iterations:,} iterations on {rows:,} rows (layers {layers}) will take {duration} (a rough estimate); fewer iterations, fewer rows or smaller hidden layers make it shorter</source>
        <translation>dieses Training mit {iterations:,} Iterationen auf {rows:,} Zeilen (Schichten {layers}) dauert {duration} (grob geschätzt); weniger Iterationen, weniger Zeilen oder kleinere verborgene Schichten verkürzen es</translation>
    </message>
    <message>
        <source>about {n:,} days</source>
        <translation>etwa {n:,} Tage</translation>
    </message>
    <message>
        <source>about {n:,} hours</source>
        <translation>etwa {n:,} Stunden</translation>
    </message>
    <message>
        <source>about {n:,} minutes</source>
        <translation>etwa {n:,} Minuten</translation>
    </message>
    <message>
        <source>this training would need about {need} of memory ({rows:,} rows x {units:,} units, widest layer {widest}); the limit is {limit}: use fewer rows or smaller hidden layers</source>
        <translation>dieses Training bräuchte etwa {need} Speicher ({rows:,} Zeilen x {units:,} Einheiten, breiteste Schicht {widest}); die Grenze ist {limit}: weniger Zeilen oder kleinere verborgene Schichten verwenden</translation>
    </message>
    <message>
        <source>column name {start!r}... is {n:,} characters long; the limit is {limit:,}</source>
        <translation>Spaltenname {start!r}... ist {n:,} Zeichen lang; die Grenze ist {limit:,}</translation>
    </message>
    <message>
        <source>cannot save {name}: {reason}</source>
        <translation>{name} lässt sich nicht speichern: {reason}</translation>
    </message>
    <message>
        <source>Nothing can be changed while training (press Stop first)</source>
        <translation>Während des Trainings kann nichts geändert werden (zuerst Stopp drücken)</translation>
    </message>
    <message>
        <source>The lesson keeps the table as it is</source>
        <translation>Die Lektion lässt die Tabelle, wie sie ist</translation>
    </message>
    <message>
        <source>The lesson keeps the {setting} as it is</source>
        <translation>Die Lektion lässt die Einstellung {setting}, wie sie ist</translation>
    </message>
    <message>
        <source>the expression is empty</source>
        <translation>die Regel ist leer</translation>
    </message>
    <message>
        <source>unexpected {found!r}</source>
        <translation>unerwartet: {found!r}</translation>
    </message>
    <message>
        <source>expected an operator or the end of the expression</source>
        <translation>Operator oder Ende der Regel erwartet</translation>
    </message>
    <message>
        <source>the result in row {row} is not a finite number ({value})</source>
        <translation>das Ergebnis in Zeile {row} ist keine endliche Zahl ({value})</translation>
    </message>
    <message>
        <source>row {row} gives {value:g}, but targets must lie between 0 and 1 (a comparison such as &apos;a + b &gt;= 1&apos; gives 0 or 1)</source>
        <translation>Zeile {row} ergibt {value:g}, aber Ziele müssen zwischen 0 und 1 liegen (ein Vergleich wie &apos;a + b &gt;= 1&apos; ergibt 0 oder 1)</translation>
    </message>
    <message>
        <source>unexpected character {char!r}</source>
        <translation>unerwartetes Zeichen {char!r}</translation>
    </message>
    <message>
        <source>the expression nests more than {depth} deep</source>
        <translation>die Regel ist tiefer als {depth} Ebenen verschachtelt</translation>
    </message>
    <message>
        <source>expected a name, number or &apos;(&apos; but found the end</source>
        <translation>Name, Zahl oder &apos;(&apos; erwartet, aber die Regel ist zu Ende</translation>
    </message>
    <message>
        <source>expected a name, number or &apos;(&apos; but found {found!r}</source>
        <translation>Name, Zahl oder &apos;(&apos; erwartet, aber {found!r} gefunden</translation>
    </message>
    <message>
        <source>known names: {names}</source>
        <translation>bekannte Namen: {names}</translation>
    </message>
    <message>
        <source>there are no input columns</source>
        <translation>es gibt keine Eingabespalten</translation>
    </message>
    <message>
        <source>did you mean {name!r}? {known}</source>
        <translation>meintest du {name!r}? {known}</translation>
    </message>
    <message>
        <source>unknown name {name!r}</source>
        <translation>unbekannter Name {name!r}</translation>
    </message>
    <message>
        <source>division by zero in row {row}</source>
        <translation>Division durch null in Zeile {row}</translation>
    </message>
    <message>
        <source>expected &apos;)&apos;</source>
        <translation>&apos;)&apos; erwartet</translation>
    </message>
    <message>
        <source>expected &apos;)&apos; but found {found!r}</source>
        <translation>&apos;)&apos; erwartet, aber {found!r} gefunden</translation>
    </message>
    <message>
        <source>something else</source>
        <translation>etwas anderes</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>keine Berechtigung</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>keine solche Datei und kein solcher Ordner</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>es ist ein Ordner</translation>
    </message>
    <message>
        <source>a part of the path is not a folder</source>
        <translation>ein Teil des Pfads ist kein Ordner</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>der Datenträger ist voll</translation>
    </message>
    <message>
        <source>the disk quota is used up</source>
        <translation>das Speicherkontingent ist aufgebraucht</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>der Datenträger ist schreibgeschützt</translation>
    </message>
    <message>
        <source>the name is too long</source>
        <translation>der Name ist zu lang</translation>
    </message>
    <message>
        <source>too many symbolic links</source>
        <translation>zu viele symbolische Links</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>ein Ordner</translation>
    </message>
    <message>
        <source>a FIFO (named pipe)</source>
        <translation>ein FIFO (benannte Pipe)</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>ein Gerät</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>ein Socket</translation>
    </message>
    <message>
        <source>it is {what}, not a regular file</source>
        <translation>es ist {what}, keine gewöhnliche Datei</translation>
    </message>
    <message>
        <source>{what}: the learning rate is too large for {rows:,} rows. Each update adds up one step per row, so lr {lr:g} moves the weights as far as lr {step:g} would on one row. Try a learning rate of {proposed:g}.</source>
        <translation>{what}: Die Lernrate ist zu groß für {rows:,} Zeilen. Jede Änderung addiert einen Schritt pro Zeile, also bewegt lr {lr:g} die Gewichte so weit wie lr {step:g} bei einer Zeile. Versuche eine Lernrate von {proposed:g}.</translation>
    </message>
    <message>
        <source>The error rose</source>
        <translation>Der Fehler stieg</translation>
    </message>
    <message>
        <source>{what}: the learning rate is too large for Adam, which moves every weight by about the learning rate at each update, whatever the number of rows. Try a learning rate of {proposed:g}.</source>
        <translation>{what}: Die Lernrate ist zu groß für Adam, das jedes Gewicht bei jeder Änderung um etwa die Lernrate bewegt, wie viele Zeilen es auch sind. Versuche eine Lernrate von {proposed:g}.</translation>
    </message>
    <message>
        <source>{what}: the learning rate is too large for mini-batches of {rows:,} rows. Each update adds up one step per row of its batch, so lr {lr:g} moves the weights as far as lr {step:g} would on one row. Try a learning rate of {proposed:g}.</source>
        <translation>{what}: Die Lernrate ist zu groß für Mini-Batches von {rows:,} Zeilen. Jede Änderung addiert einen Schritt pro Zeile ihres Batches, also bewegt lr {lr:g} die Gewichte so weit wie lr {step:g} bei einer Zeile. Versuche eine Lernrate von {proposed:g}.</translation>
    </message>
    <message>
        <source>The error swings up and down</source>
        <translation>Der Fehler schwankt auf und ab</translation>
    </message>
    <message>
        <source>The error stopped falling at {error:.3g}</source>
        <translation>Der Fehler sank nicht mehr unter {error:.3g}</translation>
    </message>
    <message>
        <source>The inputs: one row per example of the table, one column per input.</source>
        <translation>Die Eingaben: eine Zeile pro Beispiel der Tabelle, eine Spalte pro Eingabe.</translation>
    </message>
    <message>
        <source>y  (the targets)</source>
        <translation>y  (die Ziele)</translation>
    </message>
    <message>
        <source>What the output should be: the target columns of the table.</source>
        <translation>Was die Ausgabe sein soll: die Zielspalten der Tabelle.</translation>
    </message>
    <message>
        <source>How far off the output is: target minus output. Error: prints mean(abs({name})).</source>
        <translation>Wie weit die Ausgabe danebenliegt: Ziel minus Ausgabe. Error: gibt mean(abs({name})) aus.</translation>
    </message>
    <message>
        <source>{syn}  (weights from {a} to {b})</source>
        <translation>{syn}  (Gewichte von {a} zu {b})</translation>
    </message>
    <message>
        <source>The outputs of output for every example: the weighted sum of layer {k}, squashed.</source>
        <translation>Die Ausgaben der Ausgabeschicht für jedes Beispiel: die gewichtete Summe von Schicht {k}, gestaucht.</translation>
    </message>
    <message>
        <source>The outputs of hidden layer {layer} for every example: the weighted sum of layer {k}, squashed.</source>
        <translation>Die Ausgaben der verborgenen Schicht {layer} für jedes Beispiel: die gewichtete Summe von Schicht {k}, gestaucht.</translation>
    </message>
    <message>
        <source>The error times the slope of the sigmoid: confident outputs (near 0 or 1) change little.</source>
        <translation>Der Fehler mal die Steigung der Sigmoide: sichere Ausgaben (nahe 0 oder 1) ändern sich wenig.</translation>
    </message>
    <message>
        <source>With cross-entropy the sigmoid&apos;s slope l*(1-l) cancels out of the gradient: the delta is the error itself, so an output that is sure and wrong (near 0 or 1) still learns fast.</source>
        <translation>Mit Kreuzentropie kürzt sich die Steigung l*(1-l) der Sigmoide aus dem Gradienten: das Delta ist der Fehler selbst, also lernt eine Ausgabe, die sicher und falsch ist (nahe 0 oder 1), trotzdem schnell.</translation>
    </message>
    <message>
        <source>Softmax with cross-entropy: the delta is the error itself, one column per class.</source>
        <translation>Softmax mit Kreuzentropie: das Delta ist der Fehler selbst, eine Spalte pro Klasse.</translation>
    </message>
    <message>
        <source>A linear output with squared error has slope 1: the delta is the error itself.</source>
        <translation>Eine lineare Ausgabe mit quadratischem Fehler hat die Steigung 1: das Delta ist der Fehler selbst.</translation>
    </message>
    <message>
        <source>{delta} = {error}  # {loss}: no slope factor</source>
        <translation>{delta} = {error}  # {loss}: kein Steigungsfaktor</translation>
    </message>
    <message>
        <source>How much each unit of layer {k} is to blame: layer {next}&apos;s delta sent back along {syn}.</source>
        <translation>Wie viel Schuld jede Einheit von Schicht {k} trägt: das Delta von Schicht {next}, über {syn} zurückgeschickt.</translation>
    </message>
    <message>
        <source>Layer {k}&apos;s blame times the slope of its activation.</source>
        <translation>Die Schuld von Schicht {k} mal die Steigung ihrer Aktivierung.</translation>
    </message>
    <message>
        <source>The weights from layer {k} to layer {next}: row i, column j connects unit i to unit j.</source>
        <translation>Die Gewichte von Schicht {k} zu Schicht {next}: Zeile i, Spalte j verbindet Einheit i mit Einheit j.</translation>
    </message>
    <message>
        <source>The weights from layer {k} to layer {next}: row i, column j connects unit i to unit j. The last row is the bias b{next}: the weight from a constant 1.</source>
        <translation>Die Gewichte von Schicht {k} zu Schicht {next}: Zeile i, Spalte j verbindet Einheit i mit Einheit j. Die letzte Zeile ist der Bias b{next}: das Gewicht von einer konstanten 1.</translation>
    </message>
    <message>
        <source>Momentum&apos;s running sum of {syn}&apos;s update directions (mu = {mu:g}), after this iteration: steps that keep pointing the same way add up.</source>
        <translation>Die laufende Summe der Änderungsrichtungen von {syn} beim Momentum (mu = {mu:g}), nach dieser Iteration: Schritte, die immer wieder gleich zeigen, addieren sich.</translation>
    </message>
    <message>
        <source>Adam&apos;s running average of {syn}&apos;s update direction, after this iteration.</source>
        <translation>Adams gleitender Mittelwert der Änderungsrichtung von {syn}, nach dieser Iteration.</translation>
    </message>
    <message>
        <source>Adam&apos;s running average of the squared direction: large for weights whose gradients are large, so their steps are scaled down.</source>
        <translation>Adams gleitender Mittelwert der quadrierten Richtung: groß für Gewichte mit großen Gradienten, deren Schritte deshalb kleiner werden.</translation>
    </message>
    <message>
        <source>What this iteration adds to {syn}: for each weight, the sum over the examples of (the input it carries) × (the delta where it arrives).</source>
        <translation>Was diese Iteration zu {syn} addiert: für jedes Gewicht die Summe über die Beispiele von (der Eingabe, die es trägt) × (dem Delta, wo es ankommt).</translation>
    </message>
    <message>
        <source>What this iteration adds to {syn}: for each weight, the sum over the examples of (the input it carries) × (the delta where it arrives), times the learning rate {lr:g}.</source>
        <translation>Was diese Iteration zu {syn} addiert: für jedes Gewicht die Summe über die Beispiele von (der Eingabe, die es trägt) × (dem Delta, wo es ankommt), mal die Lernrate {lr:g}.</translation>
    </message>
    <message>
        <source>The optimiser&apos;s running value {slot} for {syn}, after this iteration.</source>
        <translation>Der laufende Wert {slot} des Optimierers für {syn}, nach dieser Iteration.</translation>
    </message>
    <message>
        <source>line {line}, column {column}</source>
        <translation>Zeile {line}, Spalte {column}</translation>
    </message>
    <message>
        <source>Expecting value</source>
        <translation>ein Wert wird erwartet</translation>
    </message>
    <message>
        <source>Expecting &apos;,&apos; delimiter</source>
        <translation>ein Trennzeichen &apos;,&apos; wird erwartet</translation>
    </message>
    <message>
        <source>Expecting &apos;:&apos; delimiter</source>
        <translation>ein Trennzeichen &apos;:&apos; wird erwartet</translation>
    </message>
    <message>
        <source>Expecting property name enclosed in double quotes</source>
        <translation>ein Schlüssel in doppelten Anführungszeichen wird erwartet</translation>
    </message>
    <message>
        <source>Unterminated string starting at</source>
        <translation>nicht abgeschlossene Zeichenkette, beginnend bei</translation>
    </message>
    <message>
        <source>Invalid control character at</source>
        <translation>ungültiges Steuerzeichen bei</translation>
    </message>
    <message>
        <source>Invalid \escape</source>
        <translation>ungültige \-Escape-Sequenz</translation>
    </message>
    <message>
        <source>Invalid \uXXXX escape</source>
        <translation>ungültige \uXXXX-Escape-Sequenz</translation>
    </message>
    <message>
        <source>Extra data</source>
        <translation>zusätzliche Daten nach dem Ende</translation>
    </message>
    <message>
        <source>Illegal trailing comma before end of object</source>
        <translation>unzulässiges Komma vor dem Ende des Objekts</translation>
    </message>
    <message>
        <source>Illegal trailing comma before end of array</source>
        <translation>unzulässiges Komma vor dem Ende der Liste</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>{path}: {reason}</source>
        <translation>{path}: {reason}</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>not an NN Playground {what} (expected {expected!r}, got {got}){hint}</source>
        <translation>kein NN-Playground-{what} (erwartet wird {expected!r}, gefunden: {got}){hint}</translation>
    </message>
    <message>
        <source>made by a newer NN Playground ({word} {found}); this one reads version {version}</source>
        <translation>von einem neueren NN Playground erstellt ({word} {found}); dieses liest Version {version}</translation>
    </message>
    <message>
        <source>unknown version {found}; this one reads version {version}</source>
        <translation>unbekannte Version {found}; dieses NN Playground liest Version {version}</translation>
    </message>
    <message>
        <source>line {line}, column {column}: {reason} (not valid JSON)</source>
        <translation>Zeile {line}, Spalte {column}: {reason} (kein gültiges JSON)</translation>
    </message>
    <message>
        <source>the JSON is nested too deeply</source>
        <translation>das JSON ist zu tief verschachtelt</translation>
    </message>
    <message>
        <source>the key {key} appears twice in one object (the object with {keys}); which one is meant?</source>
        <translation>der Schlüssel {key} kommt in einem Objekt zweimal vor (im Objekt mit {keys}); welcher ist gemeint?</translation>
    </message>
    <message>
        <source>a number with too many digits (too long to be a number here)</source>
        <translation>eine Zahl mit zu vielen Ziffern (zu lang für eine Zahl an dieser Stelle)</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>{place}: a number with {n:,} digits (too long to be a number here)</source>
        <translation>{place}: eine Zahl mit {n:,} Ziffern (zu lang für eine Zahl an dieser Stelle)</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>verborgene Einheiten</translation>
    </message>
    <message>
        <source>iterations</source>
        <translation>Iterationen</translation>
    </message>
    <message>
        <source>learning rate</source>
        <translation>Lernrate</translation>
    </message>
    <message>
        <source>activation</source>
        <translation>Aktivierung</translation>
    </message>
    <message>
        <source>bias</source>
        <translation>Bias</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>Startwert</translation>
    </message>
    <message>
        <source>log every</source>
        <translation>Protokollabstand</translation>
    </message>
    <message>
        <source>output</source>
        <translation>Ausgabeschicht</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>Verlustfunktion</translation>
    </message>
    <message>
        <source>optimizer</source>
        <translation>Optimierer</translation>
    </message>
    <message>
        <source>momentum</source>
        <translation>Momentum</translation>
    </message>
    <message>
        <source>batch size</source>
        <translation>Stapelgröße</translation>
    </message>
    <message>
        <source>hidden units</source>
        <translation>verborgene Einheiten</translation>
    </message>
    <message>
        <source>held-out fraction</source>
        <translation>zurückgehaltener Anteil</translation>
    </message>
    <message>
        <source>the {axis} axis has no values</source>
        <translation>die Achse {axis} hat keine Werte</translation>
    </message>
    <message>
        <source>a seed is a whole number from 0 to {most}, got {value}</source>
        <translation>ein Startwert ist eine ganze Zahl von 0 bis {most}, gefunden: {value}</translation>
    </message>
    <message>
        <source>a held-out fraction is between 0 and 1, got {value}</source>
        <translation>ein zurückgehaltener Anteil liegt zwischen 0 und 1, gefunden: {value}</translation>
    </message>
    <message>
        <source>{n:,} cells is more than an atlas computes ({most:,}); use fewer values</source>
        <translation>{n:,} Zellen sind mehr, als ein Atlas berechnet ({most:,}); nimm weniger Werte</translation>
    </message>
    <message>
        <source>this atlas of {n:,} cells ({shape}) would need about {need} of memory (the limit for an atlas is {limit}); use fewer cells, fewer rows or a smaller network</source>
        <translation>dieser Atlas mit {n:,} Zellen ({shape}) bräuchte etwa {need} Speicher (die Grenze für einen Atlas ist {limit}); nimm weniger Zellen, weniger Zeilen oder ein kleineres Netz</translation>
    </message>
    <message>
        <source>the {axis} axis repeats a value ({value})</source>
        <translation>die Achse {axis} wiederholt einen Wert ({value})</translation>
    </message>
    <message>
        <source>{axis} axis: {problem}</source>
        <translation>Achse {axis}: {problem}</translation>
    </message>
    <message>
        <source>every row would be a test row; keep at least one training row</source>
        <translation>jede Zeile wäre eine Testzeile; behalte mindestens eine Trainingszeile</translation>
    </message>
    <message>
        <source>{low} and at most {high:g}</source>
        <translation>{low} und höchstens {high:g}</translation>
    </message>
    <message>
        <source>{label} must be {range}, got {value}</source>
        <translation>{label} muss {range} sein, nicht {value}</translation>
    </message>
    <message>
        <source>hidden layers</source>
        <translation>verborgene Schichten</translation>
    </message>
    <message>
        <source>log interval</source>
        <translation>Protokollabstand</translation>
    </message>
    <message>
        <source>{n:g}</source>
        <translation>{n:g}</translation>
    </message>
    <message>
        <source>{n}</source>
        <translation>{n}</translation>
    </message>
    <message>
        <source>between {low:g} and {high:g}</source>
        <translation>zwischen {low:g} und {high:g}</translation>
    </message>
    <message>
        <source>above {low:g}</source>
        <translation>größer als {low:g}</translation>
    </message>
    <message>
        <source>at least {low:g}</source>
        <translation>mindestens {low:g}</translation>
    </message>
    <message>
        <source>{low} and below {high:g}</source>
        <translation>{low} und kleiner als {high:g}</translation>
    </message>
    <message>
        <source>{label} must be a number, got {value}</source>
        <translation>{label} muss eine Zahl sein, nicht {value}</translation>
    </message>
    <message>
        <source>{label} must be a finite number, got {value}</source>
        <translation>{label} muss eine endliche Zahl sein, nicht {value}</translation>
    </message>
    <message>
        <source>{label} must be between {low:,} and {high:,}, got {value}</source>
        <translation>{label} muss zwischen {low:,} und {high:,} liegen, nicht {value}</translation>
    </message>
    <message>
        <source>{label} must be between {low:g} and {high:g}, got {value}</source>
        <translation>{label} muss zwischen {low:g} und {high:g} liegen, nicht {value}</translation>
    </message>
    <message>
        <source>no layer sizes given; write e.g. 4 or 4,3, or 0 for no hidden layer</source>
        <translation>keine Schichtgrößen angegeben; schreibe z. B. 4 oder 4,3, oder 0 für keine verborgene Schicht</translation>
    </message>
    <message>
        <source>at most {most} hidden layers</source>
        <translation>höchstens {most} verborgene Schichten</translation>
    </message>
    <message>
        <source>{n:,}</source>
        <translation>{n:,}</translation>
    </message>
    <message>
        <source>-a number of {n:,} digits</source>
        <translation>-eine Zahl mit {n:,} Ziffern</translation>
    </message>
    <message>
        <source>a number of {n:,} digits</source>
        <translation>eine Zahl mit {n:,} Ziffern</translation>
    </message>
    <message>
        <source>at most {most} hidden layers, got {n}</source>
        <translation>höchstens {most} verborgene Schichten, nicht {n}</translation>
    </message>
    <message>
        <source>hidden layer {i} has {n} units; use {low} to {high}</source>
        <translation>verborgene Schicht {i} hat {n} Einheiten; erlaubt sind {low} bis {high}</translation>
    </message>
    <message>
        <source>unknown {label} {value}; choose one of {choices}</source>
        <translation>unbekannter Wert für {label}: {value}; wähle einen von {choices}</translation>
    </message>
    <message>
        <source>{label}: expected true or false, got {value}</source>
        <translation>{label}: erwartet wahr oder falsch, nicht {value}</translation>
    </message>
    <message>
        <source>{label} must be a whole number, got {value}</source>
        <translation>{label} muss eine ganze Zahl sein, nicht {value}</translation>
    </message>
    <message>
        <source>{label} {value} has more decimals than a setting keeps ({decimals}); use at least {least:g}</source>
        <translation>{label} {value} hat mehr Nachkommastellen, als eine Einstellung behält ({decimals}); nimm mindestens {least:g}</translation>
    </message>
    <message>
        <source>{label} must be at least {low:,}, got {value}</source>
        <translation>{label} muss mindestens {low:,} sein, nicht {value}</translation>
    </message>
    <message>
        <source>logging every {every} of {n:,} iterations would log more than {most:,} lines; log less often</source>
        <translation>alle {every} von {n:,} Iterationen zu protokollieren ergäbe mehr als {most:,} Zeilen; protokolliere seltener</translation>
    </message>
    <message>
        <source>{text}: separate the layers with commas (4,3) or with dashes (4-3), not both</source>
        <translation>{text}: trenne die Schichten mit Kommas (4,3) oder mit Bindestrichen (4-3), nicht mit beidem</translation>
    </message>
    <message>
        <source>{text} has a dash with no layer size on one side; write e.g. 4-3 for two layers of 4 and 3 units</source>
        <translation>{text} hat einen Bindestrich ohne Schichtgröße auf einer Seite; schreibe z. B. 4-3 für zwei Schichten mit 4 und 3 Einheiten</translation>
    </message>
    <message>
        <source>{text} has an empty layer size between two commas; write e.g. 4,3 for two layers of 4 and 3 units</source>
        <translation>{text} hat zwischen zwei Kommas keine Schichtgröße; schreibe z. B. 4,3 für zwei Schichten mit 4 und 3 Einheiten</translation>
    </message>
    <message>
        <source>hidden layer {i}: {text} is not a whole number</source>
        <translation>verborgene Schicht {i}: {text} ist keine ganze Zahl</translation>
    </message>
    <message>
        <source>hidden layer {i}: {n} units; use 1 to {most}</source>
        <translation>verborgene Schicht {i}: {n} Einheiten; erlaubt sind 1 bis {most}</translation>
    </message>
    <message>
        <source>{label} {value} has more decimals than a setting keeps ({decimals}); use 0 or at least {least:g}</source>
        <translation>{label} {value} hat mehr Nachkommastellen, als eine Einstellung behält ({decimals}); nimm 0 oder mindestens {least:g}</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <source>Not quite: {value:g} is not it. Look again and try once more.</source>
        <translation>Nicht ganz: {value:g} ist es nicht. Schau noch einmal hin und versuche es erneut.</translation>
    </message>
    <message>
        <source>Press Train and let it finish.</source>
        <translation>Drücke Trainieren und lass es zu Ende laufen.</translation>
    </message>
    <message>
        <source>Press Step once.</source>
        <translation>Drücke einmal Schritt.</translation>
    </message>
    <message>
        <source>Press Step N with {n} iterations.</source>
        <translation>Drücke N Schritte mit {n} Iterationen.</translation>
    </message>
    <message>
        <source>Edit a cell.</source>
        <translation>Eine Zelle bearbeiten.</translation>
    </message>
    <message>
        <source>Change the {setting}.</source>
        <translation>Ändere: {setting}.</translation>
    </message>
    <message>
        <source>Change a setting.</source>
        <translation>Eine Einstellung ändern.</translation>
    </message>
    <message>
        <source>Not quite: think again.</source>
        <translation>Nicht ganz: denk noch einmal nach.</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>ist leer</translation>
    </message>
    <message>
        <source>is {n:,} characters long; the limit is {limit:,}</source>
        <translation>ist {n:,} Zeichen lang; die Grenze ist {limit:,}</translation>
    </message>
    <message>
        <source>contains a NUL character</source>
        <translation>enthält ein NUL-Zeichen</translation>
    </message>
    <message>
        <source>has {n:,} lines; the limit is {limit:,}</source>
        <translation>hat {n:,} Zeilen; die Grenze ist {limit:,}</translation>
    </message>
    <message>
        <source>unknown key (known keys: {keys})</source>
        <translation>unbekannter Schlüssel (bekannte Schlüssel: {keys})</translation>
    </message>
    <message>
        <source>must be 0 or more</source>
        <translation>muss 0 oder größer sein</translation>
    </message>
    <message>
        <source>a prediction question needs an action that trains (a Step, Step N, Train or Play to an iteration): the prediction is checked when it is done</source>
        <translation>eine Vorhersagefrage braucht eine Aktion, die trainiert (Schritt, N Schritte, Trainieren oder Abspielen bis zu einer Iteration): die Vorhersage wird geprüft, wenn sie erledigt ist</translation>
    </message>
    <message>
        <source>lesson</source>
        <translation>Lektion</translation>
    </message>
    <message>
        <source>{source}: the file is empty (expected a lesson: a JSON object)</source>
        <translation>{source}: die Datei ist leer (erwartet wird eine Lektion: ein JSON-Objekt)</translation>
    </message>
    <message>
        <source>Press Play until iteration {n:,}.</source>
        <translation>Drücke Weiter bis Iteration {n:,}.</translation>
    </message>
    <message>
        <source>Press Play.</source>
        <translation>Drücke Weiter.</translation>
    </message>
    <message>
        <source>Right.</source>
        <translation>Richtig.</translation>
    </message>
    <message>
        <source>missing (give a dataset, or a preset to take it from)</source>
        <translation>fehlt (einen Datensatz angeben, oder eine Vorlage, aus der er stammt)</translation>
    </message>
    <message>
        <source>expected at least 2 choices, got {n}</source>
        <translation>erwartet werden mindestens 2 Auswahlmöglichkeiten, gefunden: {n}</translation>
    </message>
    <message>
        <source>{n} choices; the limit is {limit}</source>
        <translation>{n} Auswahlmöglichkeiten; die Grenze ist {limit}</translation>
    </message>
    <message>
        <source>no choice is marked correct (the question has no answer)</source>
        <translation>keine Auswahl ist als richtig markiert (die Frage hat keine Antwort)</translation>
    </message>
    <message>
        <source>missing (the question has no answer)</source>
        <translation>fehlt (die Frage hat keine Antwort)</translation>
    </message>
    <message>
        <source>missing: the first step must load a state (a preset or a dataset)</source>
        <translation>fehlt: der erste Schritt muss einen Zustand laden (eine Vorlage oder einen Datensatz)</translation>
    </message>
    <message>
        <source>the step asks no question: nothing would show what it hides again</source>
        <translation>der Schritt stellt keine Frage: nichts würde zeigen, was er verbirgt</translation>
    </message>
    <message>
        <source>lesson version</source>
        <translation>Lektionsversion</translation>
    </message>
    <message>
        <source>the lesson has no steps</source>
        <translation>die Lektion hat keine Schritte</translation>
    </message>
    <message>
        <source>{n} steps; the limit is {limit}</source>
        <translation>{n} Schritte; die Grenze ist {limit}</translation>
    </message>
    <message>
        <source> (this is a document: open it with File &gt; Open)</source>
        <translation> (das ist ein Dokument: öffne es mit Datei &gt; Öffnen)</translation>
    </message>
    <message>
        <source>You predicted {predicted:.4g}; the engine computed {actual:.4g} for {where}.</source>
        <translation>Du hast {predicted:.4g} vorhergesagt; die Rechnung ergab {actual:.4g} für {where}.</translation>
    </message>
    <message>
        <source>Type a number to predict.</source>
        <translation>Tippe eine Zahl als Vorhersage.</translation>
    </message>
    <message>
        <source>{both} Right (within ±{tolerance:.4g}).</source>
        <translation>{both} Richtig (innerhalb ±{tolerance:.4g}).</translation>
    </message>
    <message>
        <source>{both} {why}</source>
        <translation>{both} {why}</translation>
    </message>
    <message>
        <source>{y} (target minus output), not {wrong}</source>
        <translation>{y} (Ziel minus Ausgabe), nicht {wrong}</translation>
    </message>
    <message>
        <source>{delta} sent back along {syn}</source>
        <translation>{delta}, über {syn} zurückgeschickt</translation>
    </message>
    <message>
        <source>Check the error factor first: {err} = {error:.4g} ({source}); then the slope {slope_name} = {slope:.4g}.</source>
        <translation>Prüfe zuerst den Fehlerfaktor: {err} = {error:.4g} ({source}); dann die Steigung {slope_name} = {slope:.4g}.</translation>
    </message>
    <message>
        <source>The error is {formula} = {y:.4g} - {out:.4g}.</source>
        <translation>Der Fehler ist {formula} = {y:.4g} - {out:.4g}.</translation>
    </message>
    <message>
        <source>{err} = sum of {delta} × {syn} over the units of layer {layer}: {terms}.</source>
        <translation>{err} = Summe von {delta} × {syn} über die Einheiten von Schicht {layer}: {terms}.</translation>
    </message>
    <message>
        <source>1 (the bias input)</source>
        <translation>1 (die Eingabe des Bias)</translation>
    </message>
    <message>
        <source>The update is the sum over rows of {carried} × {delta}, times the learning rate {lr:g}.</source>
        <translation>Die Änderung ist die Summe über die Zeilen von {carried} × {delta}, mal die Lernrate {lr:g}.</translation>
    </message>
    <message>
        <source>The weighted sum is z = {z:.4g}, and {f}(z) = {actual:.4g}.</source>
        <translation>Die gewichtete Summe ist z = {z:.4g}, und {f}(z) = {actual:.4g}.</translation>
    </message>
    <message>
        <source>The sign is wrong, and the slope {slope_name} = {formula} is never negative, so it comes from the error factor: {err} = {error:.4g} ({source}).</source>
        <translation>Das Vorzeichen ist falsch, und die Steigung {slope_name} = {formula} ist nie negativ, also kommt es vom Fehlerfaktor: {err} = {error:.4g} ({source}).</translation>
    </message>
    <message>
        <source>That is {err} alone: multiply it by the slope {slope_name} = {formula} = {slope:.4g}.</source>
        <translation>Das ist nur {err}: multipliziere es mit der Steigung {slope_name} = {formula} = {slope:.4g}.</translation>
    </message>
    <message>
        <source>That is the slope {slope_name} alone: multiply it by the error {err} = {error:.4g}.</source>
        <translation>Das ist nur die Steigung {slope_name}: multipliziere sie mit dem Fehler {err} = {error:.4g}.</translation>
    </message>
    <message>
        <source>The slope&apos;s formula: {slope_name} = {formula} = {slope:.4g}, with {layer} = {a:.4g}.</source>
        <translation>Die Formel der Steigung: {slope_name} = {formula} = {slope:.4g}, mit {layer} = {a:.4g}.</translation>
    </message>
    <message>
        <source>With {err} = {error:.4g}, your number means a slope of {means:.4g}; the slope {slope_name} = {formula} is {slope:.4g} ({layer} = {a:.4g}).</source>
        <translation>Mit {err} = {error:.4g} bedeutet deine Zahl eine Steigung von {means:.4g}; die Steigung {slope_name} = {formula} ist {slope:.4g} ({layer} = {a:.4g}).</translation>
    </message>
    <message>
        <source>The sign: the error is target minus output, {formula} = {y:.4g} - {out:.4g}.</source>
        <translation>Das Vorzeichen: der Fehler ist Ziel minus Ausgabe, {formula} = {y:.4g} - {out:.4g}.</translation>
    </message>
    <message>
        <source>The sign: {err} is {delta} times the weights {syn}, and {delta} = {values} carries the sign.</source>
        <translation>Das Vorzeichen: {err} ist {delta} mal die Gewichte {syn}, und {delta} = {values} trägt das Vorzeichen.</translation>
    </message>
    <message>
        <source>That is one term only: {err} adds {delta} × weight over all {n} units of layer {layer}.</source>
        <translation>Das ist nur ein Summand: {err} addiert {delta} × Gewicht über alle {n} Einheiten von Schicht {layer}.</translation>
    </message>
    <message>
        <source>The sign: the update adds input × {delta}, and the delta (target minus output, times the slope) carries the sign.</source>
        <translation>Das Vorzeichen: die Änderung addiert Eingabe × {delta}, und das Delta (Ziel minus Ausgabe, mal die Steigung) trägt das Vorzeichen.</translation>
    </message>
    <message>
        <source>That is one row only: the update sums {carried} × {delta} over all {n} rows of the table.</source>
        <translation>Das ist nur eine Zeile: die Änderung summiert {carried} × {delta} über alle {n} Zeilen der Tabelle.</translation>
    </message>
    <message>
        <source>Multiply by the learning rate {lr:g}.</source>
        <translation>Mit der Lernrate {lr:g} multiplizieren.</translation>
    </message>
    <message>
        <source>The update is the sum over rows of {carried} × {delta}.</source>
        <translation>Die Änderung ist die Summe über die Zeilen von {carried} × {delta}.</translation>
    </message>
    <message>
        <source>That is the weighted sum z = {z:.4g}: the layer&apos;s output is {f}(z).</source>
        <translation>Das ist die gewichtete Summe z = {z:.4g}: die Ausgabe der Schicht ist {f}(z).</translation>
    </message>
    <message>
        <source>{name} does not exist in a network of layer sizes {sizes}</source>
        <translation>{name} gibt es in einem Netz mit den Schichtgrößen {sizes} nicht</translation>
    </message>
    <message>
        <source>{name} has {rows} rows, there is no row {row}</source>
        <translation>{name} hat {rows} Zeilen, eine Zeile {row} gibt es nicht</translation>
    </message>
    <message>
        <source>{name} has {cols} columns, there is no column {column}</source>
        <translation>{name} hat {cols} Spalten, eine Spalte {column} gibt es nicht</translation>
    </message>
    <message>
        <source>the translation of {place} is {n:,} characters long; the limit is {limit:,}</source>
        <translation>die Übersetzung von {place} ist {n:,} Zeichen lang; die Grenze liegt bei {limit:,}</translation>
    </message>
    <message>
        <source>{source}: &apos;texts&apos; holds {n:,} texts; the limit is {limit:,}</source>
        <translation>{source}: &apos;texts&apos; enthält {n:,} Texte; die Grenze ist {limit:,}</translation>
    </message>
    <message>
        <source>{source}: an English text in &apos;texts&apos; is {n:,} characters long; the limit is {limit:,} (it starts {start!r})</source>
        <translation>{source}: ein englischer Text in &apos;texts&apos; ist {n:,} Zeichen lang; die Grenze ist {limit:,} (er beginnt mit {start!r})</translation>
    </message>
    <message>
        <source>the translation of {place} has {n:,} lines; the limit is {limit:,}</source>
        <translation>die Übersetzung von {place} hat {n:,} Zeilen; die Grenze liegt bei {limit:,}</translation>
    </message>
    <message>
        <source>the translation of {place} contains a NUL character</source>
        <translation>die Übersetzung von {place} enthält ein NUL-Zeichen</translation>
    </message>
    <message>
        <source>unknown output {value}; choose one of {choices}</source>
        <translation>unbekannte Ausgabe {value}; wähle eine von {choices}</translation>
    </message>
    <message>
        <source>unknown loss {value}; choose one of {choices}</source>
        <translation>unbekannter Verlust {value}; wähle einen von {choices}</translation>
    </message>
    <message>
        <source>the {output} output cannot learn with the {loss} loss; use one of: {pairs}</source>
        <translation>die Ausgabe {output} kann mit dem Verlust {loss} nicht lernen; nimm eines von: {pairs}</translation>
    </message>
    <message>
        <source>a softmax output needs at least 2 target columns (one per class); use a sigmoid output for one target</source>
        <translation>eine Softmax-Ausgabe braucht mindestens 2 Zielspalten (eine je Klasse); nimm für ein Ziel eine Sigmoid-Ausgabe</translation>
    </message>
    <message>
        <source>row {row}: a softmax output needs one-hot targets (one 1, the rest 0)</source>
        <translation>Zeile {row}: eine Softmax-Ausgabe braucht One-Hot-Ziele (eine 1, der Rest 0)</translation>
    </message>
    <message>
        <source>row {row}: a softmax output needs one-hot targets (one 1, the rest 0) ({n} more rows too)</source>
        <translation>Zeile {row}: eine Softmax-Ausgabe braucht One-Hot-Ziele (eine 1, der Rest 0) (dazu {n} weitere Zeilen)</translation>
    </message>
    <message>
        <source>not valid Unicode (a lone surrogate at character {n})</source>
        <translation>kein gültiges Unicode (ein einzelnes Surrogat an Zeichen {n})</translation>
    </message>
    <message>
        <source>{done:,} is more than the {limit:,} iterations the app can train</source>
        <translation>{done:,} sind mehr als die {limit:,} Iterationen, die die App trainieren kann</translation>
    </message>
    <message>
        <source>expected {n} weight matrices for layer sizes {sizes}, got {got}</source>
        <translation>{n} Gewichtsmatrizen für die Schichtgrößen {sizes} erwartet, {got} erhalten</translation>
    </message>
    <message>
        <source>the iteration numbers must increase</source>
        <translation>die Iterationsnummern müssen steigen</translation>
    </message>
    <message>
        <source>expected 1 to 40 characters, got {n}</source>
        <translation>1 bis 40 Zeichen erwartet, {n} erhalten</translation>
    </message>
    <message>
        <source>{got:,} is before the run&apos;s start ({start:,})</source>
        <translation>{got:,} liegt vor dem Start des Laufs ({start:,})</translation>
    </message>
    <message>
        <source>expected one of {states}, got {got!r}</source>
        <translation>einer von {states} erwartet, {got!r} erhalten</translation>
    </message>
    <message>
        <source>{got:,} is not the run&apos;s start iteration ({start:,})</source>
        <translation>{got:,} ist nicht die Startiteration des Laufs ({start:,})</translation>
    </message>
    <message>
        <source>{n:,} characters; the limit is {limit}</source>
        <translation>{n:,} Zeichen; die Grenze ist {limit}</translation>
    </message>
    <message>
        <source>the settings have bias on but there are no biases</source>
        <translation>in den Einstellungen ist Bias an, aber es gibt keine Biases</translation>
    </message>
    <message>
        <source>the settings have bias off but there are biases</source>
        <translation>in den Einstellungen ist Bias aus, aber es gibt Biases</translation>
    </message>
    <message>
        <source>expected {n} bias vectors, got {got}</source>
        <translation>{n} Bias-Vektoren erwartet, {got} erhalten</translation>
    </message>
    <message>
        <source>{got:,} is not after the one before and between the run&apos;s start ({start:,}) and its last state ({end:,})</source>
        <translation>{got:,} liegt nicht nach dem vorigen und zwischen dem Start des Laufs ({start:,}) und seinem letzten Zustand ({end:,})</translation>
    </message>
    <message>
        <source>iteration {got:,} is outside the run (from {start:,} to before {end:,})</source>
        <translation>Iteration {got:,} liegt außerhalb des Laufs (von {start:,} bis vor {end:,})</translation>
    </message>
    <message>
        <source>no run {id!r} in this tree</source>
        <translation>kein Lauf {id!r} in diesem Baum</translation>
    </message>
    <message>
        <source>run {id!r} appears twice</source>
        <translation>Lauf {id!r} kommt zweimal vor</translation>
    </message>
    <message>
        <source>the runs&apos; parents make a cycle</source>
        <translation>die Eltern der Läufe bilden einen Kreis</translation>
    </message>
    <message>
        <source>the parent {id!r} must come before its children</source>
        <translation>der Elternlauf {id!r} muss vor seinen Kindern stehen</translation>
    </message>
    <message>
        <source>a branch needs the state it started from</source>
        <translation>ein Zweig braucht den Zustand, von dem er ausging</translation>
    </message>
    <message>
        <source>{at:,} is outside its parent&apos;s iterations ({start:,} to {end:,})</source>
        <translation>{at:,} liegt außerhalb der Iterationen seines Elternlaufs ({start:,} bis {end:,})</translation>
    </message>
    <message>
        <source>{one} or {other}</source>
        <translation>{one} oder {other}</translation>
    </message>
    <message>
        <source>does not fit the file format (the rule {rule!r})</source>
        <translation>passt nicht zum Dateiformat (die Regel {rule!r})</translation>
    </message>
    <message>
        <source>expected {choices}, got {value}</source>
        <translation>erwartet wird {choices}, gefunden: {value}</translation>
    </message>
    <message>
        <source>{n:,} items; the limit is {limit:,}</source>
        <translation>{n:,} Einträge; die Grenze liegt bei {limit:,}</translation>
    </message>
    <message>
        <source>expected at least {n} items, got {got}</source>
        <translation>erwartet werden mindestens {n} Einträge, gefunden: {got}</translation>
    </message>
    <message>
        <source>{done} is more than the {limit:,} iterations the app can train</source>
        <translation>{done} ist mehr als die {limit:,} Iterationen, die das Programm trainieren kann</translation>
    </message>
    <message>
        <source>{value} must be less than {limit}</source>
        <translation>{value} muss kleiner als {limit} sein</translation>
    </message>
    <message>
        <source>not expected here (expected {names})</source>
        <translation>hier nicht erwartet (erwartet wird {names})</translation>
    </message>
    <message>
        <source>{n:,} points; the limit is {limit:,}</source>
        <translation>{n:,} Punkte; die Grenze liegt bei {limit:,}</translation>
    </message>
    <message>
        <source>{value} is less than the least allowed, {limit}</source>
        <translation>{value} ist kleiner als der kleinste erlaubte Wert, {limit}</translation>
    </message>
    <message>
        <source>{value} is more than the most allowed, {limit}</source>
        <translation>{value} ist größer als der größte erlaubte Wert, {limit}</translation>
    </message>
    <message>
        <source>{value} must be more than {limit}</source>
        <translation>{value} muss größer als {limit} sein</translation>
    </message>
    <message>
        <source>Hidden &amp;units</source>
        <translation>Verborgene &amp;Einheiten</translation>
    </message>
    <message>
        <source>Hidden units</source>
        <translation>Verborgene Einheiten</translation>
    </message>
    <message>
        <source>The sizes of the hidden layers, separated by commas: 4 is one layer of 4 units, 4,3 two layers. 0 = no hidden layer: the inputs connect straight to the output, like the notebook&apos;s first example.</source>
        <translation>Die Größen der verborgenen Schichten, durch Kommas getrennt: 4 ist eine Schicht mit 4 Einheiten, 4,3 sind zwei Schichten. 0 = keine verborgene Schicht: die Eingaben gehen direkt zur Ausgabe, wie im ersten Beispiel des Notebooks.</translation>
    </message>
    <message>
        <source>&amp;Iterations</source>
        <translation>&amp;Iterationen</translation>
    </message>
    <message>
        <source>How many times the network sees the whole table and adjusts its weights.</source>
        <translation>Wie oft das Netz die ganze Tabelle sieht und seine Gewichte anpasst.</translation>
    </message>
    <message>
        <source>Lear&amp;ning rate</source>
        <translation>&amp;Lernrate</translation>
    </message>
    <message>
        <source>Learning rate: how big each weight change is. The notebook uses 1. Too big and the units saturate; too small and learning is slow.</source>
        <translation>Lernrate: wie groß jede Änderung der Gewichte ist. Das Notebook nimmt 1. Zu groß, und die Einheiten sättigen; zu klein, und das Lernen ist langsam.</translation>
    </message>
    <message>
        <source>&amp;Activation</source>
        <translation>A&amp;ktivierung</translation>
    </message>
    <message>
        <source>Hidden activation</source>
        <translation>Aktivierung der verborgenen Schichten</translation>
    </message>
    <message>
        <source>The function each hidden unit applies to its input. The output uses the sigmoid (0 to 1) unless Advanced chooses another.</source>
        <translation>Die Funktion, die jede verborgene Einheit auf ihre Eingabe anwendet. Die Ausgabe nutzt die Sigmoid-Funktion (0 bis 1), außer „Erweitert“ wählt eine andere.</translation>
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
        <source>&amp;Seed</source>
        <translation>Start&amp;wert</translation>
    </message>
    <message>
        <source>The random seed of the starting weights. The same seed always gives the same start, so runs can be repeated exactly.</source>
        <translation>Der Startwert des Zufalls für die Anfangsgewichte. Derselbe Startwert gibt immer denselben Anfang, so lassen sich Läufe genau wiederholen.</translation>
    </message>
    <message>
        <source>Lo&amp;g every</source>
        <translation>&amp;Protokoll alle</translation>
    </message>
    <message>
        <source>Write the error to the log every this many iterations (the notebook prints every 10,000).</source>
        <translation>Den Fehler alle so viele Iterationen ins Protokoll schreiben (das Notebook schreibt alle 10.000).</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <source>Output layer</source>
        <translation>Ausgabeschicht</translation>
    </message>
    <message>
        <source>The output layer: sigmoid (0 to 1, the notebook&apos;s), softmax (one probability per target column, for classes) or linear (any number).</source>
        <translation>Die Ausgabeschicht: sigmoid (0 bis 1, wie im Notebook), softmax (eine Wahrscheinlichkeit je Zielspalte, für Klassen) oder linear (beliebige Zahl).</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <source>What the network learns to make small. notebook: 0.5*sum((y - out)^2) through the sigmoid&apos;s slope; cross-entropy: delta = y - out, so a unit that is sure and wrong still learns fast; squared: for linear.</source>
        <translation>Was das Netz klein zu machen lernt. notebook: 0.5*sum((y - out)^2) über die Steigung der Sigmoid-Funktion; cross-entropy: delta = y - out, daher lernt eine sichere, aber falsche Einheit trotzdem schnell; squared: für linear.</translation>
    </message>
    <message>
        <source>L2 decay</source>
        <translation>L2-Abnahme</translation>
    </message>
    <message>
        <source>L2 weight decay</source>
        <translation>L2-Gewichtsabnahme</translation>
    </message>
    <message>
        <source>L2 weight decay: every update also pulls each weight towards 0 by lr * L2 * weight. 0 = none (the notebook).</source>
        <translation>L2-Gewichtsabnahme: jede Aktualisierung zieht jedes Gewicht zusätzlich um lr * L2 * Gewicht Richtung 0. 0 = keine (wie im Notebook).</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>Optimierer</translation>
    </message>
    <message>
        <source>gd: the notebook&apos;s step. momentum: v = mu*v + direction, step lr*v. adam: steps scaled by running averages of each gradient and its square.</source>
        <translation>gd: der Schritt des Notebooks. momentum: v = mu*v + Richtung, Schritt lr*v. adam: Schritte skaliert mit gleitenden Mitteln jedes Gradienten und seines Quadrats.</translation>
    </message>
    <message>
        <source>mu</source>
        <translation>mu</translation>
    </message>
    <message>
        <source>Momentum</source>
        <translation>Momentum</translation>
    </message>
    <message>
        <source>Momentum mu: how much of the last step is kept (0.9 keeps 90%).</source>
        <translation>Momentum mu: wie viel vom letzten Schritt erhalten bleibt (0.9 behält 90 %).</translation>
    </message>
    <message>
        <source>beta1</source>
        <translation>beta1</translation>
    </message>
    <message>
        <source>Adam&apos;s beta1: the decay of the running average of each gradient.</source>
        <translation>beta1 von Adam: der Zerfall des gleitenden Mittels jedes Gradienten.</translation>
    </message>
    <message>
        <source>beta2</source>
        <translation>beta2</translation>
    </message>
    <message>
        <source>Adam&apos;s beta2: the decay of the running average of each gradient&apos;s square.</source>
        <translation>beta2 von Adam: der Zerfall des gleitenden Mittels des Quadrats jedes Gradienten.</translation>
    </message>
    <message>
        <source>eps</source>
        <translation>eps</translation>
    </message>
    <message>
        <source>Adam&apos;s eps: added to the square root in the step&apos;s denominator, so it never divides by 0.</source>
        <translation>eps von Adam: wird zur Quadratwurzel im Nenner des Schritts addiert, damit nie durch 0 geteilt wird.</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Batch</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Batch-Größe</translation>
    </message>
    <message>
        <source>all rows</source>
        <translation>alle Zeilen</translation>
    </message>
    <message>
        <source>Rows per update. All rows = the notebook&apos;s full batch; fewer: each epoch shuffles the training rows and updates once per batch.</source>
        <translation>Zeilen je Aktualisierung. Alle Zeilen = der volle Batch des Notebooks; weniger: jede Epoche mischt die Trainingszeilen und aktualisiert einmal je Batch.</translation>
    </message>
    <message>
        <source>The error is stuck at {level:.3g}. Try another seed, more hidden units, or turning bias on.</source>
        <translation>Der Fehler hängt bei {level:.3g} fest. Versuche einen anderen Startwert, mehr verborgene Einheiten oder schalte Bias ein.</translation>
    </message>
    <message>
        <source>The error is stuck at {level:.3g}: the learning rate ({lr:g}) is so large that the outputs saturate at 0 or 1 and stop learning. Try a smaller learning rate, such as {proposed:g}.</source>
        <translation>Der Fehler hängt bei {level:.3g} fest: Die Lernrate ({lr:g}) ist so groß, dass die Ausgaben bei 0 oder 1 sättigen und nicht mehr lernen. Versuche eine kleinere Lernrate, etwa {proposed:g}.</translation>
    </message>
    <message>
        <source>The error is stuck at {level:.3g}. Try another seed or more hidden units.</source>
        <translation>Der Fehler hängt bei {level:.3g} fest. Versuche einen anderen Startwert oder mehr verborgene Einheiten.</translation>
    </message>
    <message>
        <source>Training stopped at iteration {i:,}: the weights became infinite or NaN. The last finite weights are kept. Try a smaller learning rate (now {lr:g}).</source>
        <translation>Das Training hielt bei Iteration {i:,} an: die Gewichte wurden unendlich oder NaN. Die letzten endlichen Gewichte bleiben erhalten. Versuche eine kleinere Lernrate (jetzt {lr:g}).</translation>
    </message>
</context>
<context>
    <name>DatasetEditor</name>
    <message>
        <source>The table cannot be edited while training (press Stop first)</source>
        <translation>Die Tabelle lässt sich während des Trainings nicht bearbeiten (zuerst Stopp drücken)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Undo {action}</source>
        <translation>&amp;Rückgängig: {action}</translation>
    </message>
    <message>
        <source>&amp;Redo {action}</source>
        <translation>&amp;Wiederholen: {action}</translation>
    </message>
    <message>
        <source>row {row}, column {column}</source>
        <translation>Zeile {row}, Spalte {column}</translation>
    </message>
    <message>
        <source>Set {where} to {value}</source>
        <translation>{where} auf {value} setzen</translation>
    </message>
    <message>
        <source>Select the cells to clear first</source>
        <translation>Zuerst die Zellen wählen, die geleert werden sollen</translation>
    </message>
    <message numerus="yes">
        <source>Clear %n cell(s)</source>
        <translation>
            <numerusform>%n Zelle leeren</numerusform>
            <numerusform>%n Zellen leeren</numerusform>
        </translation>
    </message>
    <message>
        <source>Space switches cells between 0 and 1; the selected cells hold other numbers (type over a cell to change it)</source>
        <translation>Die Leertaste schaltet Zellen zwischen 0 und 1 um; die gewählten Zellen enthalten andere Zahlen (zum Ändern eine Zelle überschreiben)</translation>
    </message>
    <message numerus="yes">
        <source>Toggle %n cell(s)</source>
        <translation>
            <numerusform>%n Zelle umschalten</numerusform>
            <numerusform>%n Zellen umschalten</numerusform>
        </translation>
    </message>
    <message>
        <source>Paste {rows} x {columns} cells</source>
        <translation>{rows} × {columns} Zellen einfügen</translation>
    </message>
    <message>
        <source>Paste 1 cell</source>
        <translation>1 Zelle einfügen</translation>
    </message>
    <message>
        <source>Pasted {rows} x {columns} cells at {where}</source>
        <translation>{rows} x {columns} Zellen eingefügt bei {where}</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n Zeile</numerusform>
            <numerusform>%n Zeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>target column(s) {names}</source>
        <translation>
            <numerusform>Zielspalte {names}</numerusform>
            <numerusform>Zielspalten {names}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>input column(s) {names}</source>
        <translation>
            <numerusform>Eingabespalte {names}</numerusform>
            <numerusform>Eingabespalten {names}</numerusform>
        </translation>
    </message>
    <message>
        <source>added {what}</source>
        <translation>hinzugefügt: {what}</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>skipped the first line, which holds names: </source>
        <translation>die erste Zeile enthält Namen und wurde übersprungen: </translation>
    </message>
    <message>
        <source>Paste refused, nothing was changed: {where}: {value}: {why}</source>
        <translation>Einfügen abgelehnt, nichts wurde geändert: {where}: {value}: {why}</translation>
    </message>
    <message numerus="yes">
        <source>Paste into %n cell(s)</source>
        <translation>
            <numerusform>In %n Zelle einfügen</numerusform>
            <numerusform>In %n Zellen einfügen</numerusform>
        </translation>
    </message>
    <message>
        <source>Paste refused: {problem}. Nothing was changed.</source>
        <translation>Einfügen abgelehnt: {problem}. Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>pasted line {line}: {reason}</source>
        <translation>eingefügte Zeile {line}: {reason}</translation>
    </message>
    <message>
        <source>row {row}, column {column} (pasted line {line}, cell {cell}): {reason}</source>
        <translation>Zeile {row}, Spalte {column} (eingefügte Zeile {line}, Zelle {cell}): {reason}</translation>
    </message>
    <message>
        <source>Paste refused, nothing was changed: </source>
        <translation>Einfügen abgelehnt, nichts wurde geändert: </translation>
    </message>
    <message numerus="yes">
        <source>(and %n more bad cell(s))</source>
        <translation>
            <numerusform>(und %n weitere falsche Zelle)</numerusform>
            <numerusform>(und %n weitere falsche Zellen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the rows to remove first</source>
        <translation>Zuerst die Zeilen wählen, die entfernt werden sollen</translation>
    </message>
    <message>
        <source>The table keeps at least one row</source>
        <translation>Die Tabelle behält mindestens eine Zeile</translation>
    </message>
    <message>
        <source>The point does not fit the table&apos;s columns</source>
        <translation>Der Punkt passt nicht zu den Spalten der Tabelle</translation>
    </message>
    <message>
        <source>Add point {inputs} → {targets}</source>
        <translation>Punkt hinzufügen {inputs} → {targets}</translation>
    </message>
    <message>
        <source>The selected rows are test rows already</source>
        <translation>Die gewählten Zeilen sind schon Testzeilen</translation>
    </message>
    <message>
        <source>The selected rows are training rows already</source>
        <translation>Die gewählten Zeilen sind schon Trainingszeilen</translation>
    </message>
    <message>
        <source>Keep at least one training row</source>
        <translation>Mindestens eine Trainingszeile muss bleiben</translation>
    </message>
    <message>
        <source>Select a cell of the column to remove first</source>
        <translation>Zuerst eine Zelle der Spalte wählen, die entfernt werden soll</translation>
    </message>
    <message>
        <source>The table keeps at least one column</source>
        <translation>Die Tabelle behält mindestens eine Spalte</translation>
    </message>
    <message>
        <source>The selected columns are targets already</source>
        <translation>Die gewählten Spalten sind schon Ziele</translation>
    </message>
    <message>
        <source>The selected columns are inputs already</source>
        <translation>Die gewählten Spalten sind schon Eingaben</translation>
    </message>
    <message>
        <source>Choose a target column to fill</source>
        <translation>Eine Zielspalte zum Füllen wählen</translation>
    </message>
    <message>
        <source>Fill new target {name} = {expression}</source>
        <translation>Neues Ziel {name} = {expression} füllen</translation>
    </message>
    <message>
        <source>Fill {name} = {expression}</source>
        <translation>{name} = {expression} füllen</translation>
    </message>
</context>
<context>
    <name>DatasetModel</name>
    <message>
        <source>Row {row}, column {name}: {reason}</source>
        <translation>Zeile {row}, Spalte {name}: {reason}</translation>
    </message>
    <message>
        <source>Column {number}: {reason}</source>
        <translation>Spalte {number}: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>(and %n more problem(s))</source>
        <translation>
            <numerusform>(und %n weiteres Problem)</numerusform>
            <numerusform>(und %n weitere Probleme)</numerusform>
        </translation>
    </message>
    <message>
        <source>invalid value</source>
        <translation>ungültiger Wert</translation>
    </message>
    <message>
        <source>{role} {name}: {problem}</source>
        <translation>{role} {name}: {problem}</translation>
    </message>
    <message>
        <source>{role} {name}</source>
        <translation>{role} {name}</translation>
    </message>
    <message>
        <source>target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>input</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>{row} test</source>
        <translation>{row} Test</translation>
    </message>
    <message>
        <source>A test row: held out of training; its error is measured on its own</source>
        <translation>Eine Testzeile: vom Training ausgenommen; ihr Fehler wird getrennt gemessen</translation>
    </message>
    <message>
        <source>{role} column &apos;{name}&apos;</source>
        <translation>{role}spalte „{name}“</translation>
    </message>
    <message>
        <source>row {row}, column {name}</source>
        <translation>Zeile {row}, Spalte {name}</translation>
    </message>
    <message>
        <source>{where}: the table cannot be edited while training</source>
        <translation>{where}: Während des Trainings lässt sich die Tabelle nicht bearbeiten</translation>
    </message>
</context>
<context>
    <name>DatasetView</name>
    <message>
        <source>Double-click a column name to rename it; right-click to make it an input or a target</source>
        <translation>Doppelklick auf einen Spaltennamen benennt die Spalte um; Rechtsklick macht sie zur Eingabe oder zum Ziel</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Ausschneiden</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy the selected cells as tab-separated text</source>
        <translation>Die gewählten Zellen als tabulatorgetrennten Text kopieren</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>E&amp;infügen</translation>
    </message>
    <message>
        <source>Paste cells from a spreadsheet or text (tabs, semicolons or commas)</source>
        <translation>Zellen aus einer Tabellenkalkulation oder einem Text einfügen (Tabulatoren, Semikolons oder Kommas)</translation>
    </message>
    <message>
        <source>C&amp;lear to 0</source>
        <translation>Auf 0 &amp;setzen</translation>
    </message>
    <message>
        <source>Set the selected cells to 0</source>
        <translation>Die gewählten Zellen auf 0 setzen</translation>
    </message>
    <message>
        <source>Switch the selected cells between 0 and 1</source>
        <translation>Die gewählten Zellen zwischen 0 und 1 umschalten</translation>
    </message>
    <message>
        <source>Insert Row &amp;Above</source>
        <translation>Zeile &amp;oberhalb einfügen</translation>
    </message>
    <message>
        <source>Insert Row &amp;Below</source>
        <translation>Zeile u&amp;nterhalb einfügen</translation>
    </message>
    <message>
        <source>&amp;Remove Rows</source>
        <translation>&amp;Zeilen entfernen</translation>
    </message>
    <message>
        <source>Remove the selected rows</source>
        <translation>Die gewählten Zeilen entfernen</translation>
    </message>
    <message>
        <source>Insert &amp;Input Column</source>
        <translation>&amp;Eingabespalte einfügen</translation>
    </message>
    <message>
        <source>Remove the selected columns</source>
        <translation>Die gewählten Spalten entfernen</translation>
    </message>
    <message>
        <source>Make Inp&amp;ut</source>
        <translation>Zur Eingabe &amp;machen</translation>
    </message>
    <message>
        <source>Feed the selected columns to the network</source>
        <translation>Die gewählten Spalten dem Netz als Eingabe geben</translation>
    </message>
    <message>
        <source>Make the selected columns outputs to learn</source>
        <translation>Die gewählten Spalten zu Ausgaben machen, die das Netz lernen soll</translation>
    </message>
    <message>
        <source>Hold the selected rows out of training: the plot shows their error as the test curve</source>
        <translation>Die gewählten Zeilen vom Training ausnehmen: das Diagramm zeigt ihren Fehler als Testkurve</translation>
    </message>
    <message>
        <source>T&amp;oggle 0/1</source>
        <translation>0/1 &amp;umschalten</translation>
    </message>
    <message>
        <source>Insert Targ&amp;et Column</source>
        <translation>Zielspa&amp;lte einfügen</translation>
    </message>
    <message>
        <source>Remo&amp;ve Columns</source>
        <translation>S&amp;palten entfernen</translation>
    </message>
    <message>
        <source>Rena&amp;me Column…</source>
        <translation>Spalte um&amp;benennen…</translation>
    </message>
    <message>
        <source>Ma&amp;ke Target</source>
        <translation>Zum Ziel ma&amp;chen</translation>
    </message>
    <message>
        <source>Mark Rows as Te&amp;st</source>
        <translation>Zeilen als &amp;Test markieren</translation>
    </message>
    <message>
        <source>Mark Rows as Trai&amp;ning</source>
        <comment>Table menu</comment>
        <translation>Zeilen als Trainin&amp;g markieren</translation>
    </message>
    <message>
        <source>Train on the selected rows again</source>
        <translation>Wieder mit den gewählten Zeilen trainieren</translation>
    </message>
    <message>
        <source>&amp;Generate Truth Table…</source>
        <translation>&amp;Wahrheitstabelle erzeugen…</translation>
    </message>
    <message>
        <source>Replace the table with every combination of n inputs</source>
        <translation>Die Tabelle durch alle Kombinationen von n Eingaben ersetzen</translation>
    </message>
    <message>
        <source>&amp;Fill Target from Rule…</source>
        <translation>Ziel aus Regel &amp;füllen…</translation>
    </message>
    <message>
        <source>Compute a target column from a rule such as &apos;a xor b&apos;</source>
        <translation>Eine Zielspalte aus einer Regel wie „a xor b“ berechnen</translation>
    </message>
    <message>
        <source>Copy needs one rectangular block of cells</source>
        <translation>Kopieren braucht einen rechteckigen Block von Zellen</translation>
    </message>
    <message numerus="yes">
        <source>Copied %Ln cell(s)</source>
        <translation>
            <numerusform>%Ln Zelle kopiert</numerusform>
            <numerusform>%Ln Zellen kopiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Generate a truth table of %n input(s)</source>
        <translation>
            <numerusform>Wahrheitstabelle mit %n Eingabe erzeugen</numerusform>
            <numerusform>Wahrheitstabelle mit %n Eingaben erzeugen</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a cell of the column to rename first</source>
        <translation>Zuerst eine Zelle der Spalte wählen, die umbenannt werden soll</translation>
    </message>
    <message>
        <source>Type the column&apos;s new name; Return renames, Esc cancels</source>
        <translation>Den neuen Namen der Spalte tippen; Eingabetaste benennt um, Esc bricht ab</translation>
    </message>
    <message>
        <source>Column {number}: {problem}</source>
        <translation>Spalte {number}: {problem}</translation>
    </message>
</context>
<context>
    <name>DecisionMapView</name>
    <message>
        <source>Which output the map shows (the dataset has several targets)</source>
        <translation>Welche Ausgabe die Karte zeigt (der Datensatz hat mehrere Ziele)</translation>
    </message>
    <message>
        <source>The input along the horizontal axis</source>
        <translation>Die Eingabe entlang der waagerechten Achse</translation>
    </message>
    <message>
        <source>The input along the vertical axis</source>
        <translation>Die Eingabe entlang der senkrechten Achse</translation>
    </message>
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
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <source>Decision map</source>
        <translation>Entscheidungskarte</translation>
    </message>
    <message>
        <source>Colour: the network&apos;s output at each point (blue 1, white 0.5, vermillion 0); the dashed line is where it crosses 0.5. Markers: the dataset&apos;s rows, coloured by their target (circle 1, square 0).</source>
        <translation>Farbe: die Ausgabe des Netzes an jedem Punkt (blau 1, weiß 0,5, zinnoberrot 0); die gestrichelte Linie ist dort, wo sie 0,5 kreuzt. Markierungen: die Zeilen des Datensatzes, nach ihrem Ziel gefärbt (Kreis 1, Quadrat 0).</translation>
    </message>
    <message>
        <source>Open or build a dataset with at least two inputs to see its decision map.</source>
        <translation>Einen Datensatz mit mindestens zwei Eingaben öffnen oder bauen, um seine Entscheidungskarte zu sehen.</translation>
    </message>
    <message>
        <source>Hold {name} at this value; the markers show the rows that have it</source>
        <translation>{name} auf diesem Wert halten; die Markierungen zeigen die Zeilen mit diesem Wert</translation>
    </message>
    <message>
        <source>Value of {name}</source>
        <translation>Wert von {name}</translation>
    </message>
    <message>
        <source>The decision map needs a dataset with at least two inputs.</source>
        <translation>Die Entscheidungskarte braucht einen Datensatz mit mindestens zwei Eingaben.</translation>
    </message>
    <message>
        <source>The decision map appears when the network fits the table (press Reset or Train).</source>
        <translation>Die Entscheidungskarte erscheint, wenn das Netz zur Tabelle passt (Zurücksetzen oder Trainieren drücken).</translation>
    </message>
</context>
<context>
    <name>DocumentOpener</name>
    <message>
        <source>Cannot open {path}:</source>
        <translation>{path} lässt sich nicht öffnen:</translation>
    </message>
</context>
<context>
    <name>DocumentsController</name>
    <message>
        <source>Documents and tables (*.nnp *.json *.csv);;NN Playground documents (*.nnp *.json);;CSV tables (*.csv);;All files (*)</source>
        <translation>Dokumente und Tabellen (*.nnp *.json *.csv);;NN-Playground-Dokumente (*.nnp *.json);;CSV-Tabellen (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>NN Playground document (*.nnp);;JSON document (*.json)</source>
        <translation>NN-Playground-Dokument (*.nnp);;JSON-Dokument (*.json)</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>CSV-Tabelle (*.csv)</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>Als CSV e&amp;xportieren…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>Keine zuletzt geöffneten Dateien</translation>
    </message>
    <message>
        <source>Clear the List</source>
        <translation>Liste leeren</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <source>closing</source>
        <translation>das Fenster geschlossen wird</translation>
    </message>
    <message>
        <source>starting a new document</source>
        <translation>ein neues Dokument beginnt</translation>
    </message>
    <message>
        <source>opening another file</source>
        <translation>eine andere Datei geöffnet wird</translation>
    </message>
    <message>
        <source>recovering the autosaved document</source>
        <translation>das automatisch gesicherte Dokument wiederhergestellt wird</translation>
    </message>
    <message>
        <source>opening a lesson</source>
        <translation>eine Lektion geöffnet wird</translation>
    </message>
    <message>
        <source>Save the changes to “{title}” before {doing}?</source>
        <translation>Die Änderungen an „{title}“ speichern, bevor {doing}?</translation>
    </message>
    <message>
        <source>If you don&apos;t save, your changes will be lost.</source>
        <translation>Ohne Speichern gehen die Änderungen verloren.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation>Zeitpunkt unbekannt</translation>
    </message>
    <message>
        <source>{app} was closed without saving “{title}”. Recover the changes?</source>
        <translation>{app} wurde beendet, ohne „{title}“ zu speichern. Die Änderungen wiederherstellen?</translation>
    </message>
    <message>
        <source>Autosaved at {when}.</source>
        <translation>Automatisch gesichert: {when}.</translation>
    </message>
    <message numerus="yes">
        <source>%n more will be offered next time.</source>
        <translation>
            <numerusform>%n weiteres wird beim nächsten Mal angeboten.</numerusform>
            <numerusform>%n weitere werden beim nächsten Mal angeboten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Left out of the autosave file: {note}.</source>
        <translation>In der automatischen Sicherung ausgelassen: {note}.</translation>
    </message>
    <message>
        <source>Recover</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Später</translation>
    </message>
    <message>
        <source>An autosaved document from a session that ended unexpectedly cannot be read.</source>
        <translation>Ein automatisch gesichertes Dokument aus einer unerwartet beendeten Sitzung kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Discard it, or keep it for later (it is offered again at the next start): {path}</source>
        <translation>Verwerfen oder für später behalten (es wird beim nächsten Start wieder angeboten): {path}</translation>
    </message>
    <message>
        <source>Keep for later</source>
        <translation>Für später behalten</translation>
    </message>
    <message>
        <source>Stop training before opening or starting another document</source>
        <translation>Vor dem Öffnen oder Beginnen eines anderen Dokuments das Training anhalten</translation>
    </message>
    <message>
        <source>Cannot open {name}</source>
        <translation>{name} lässt sich nicht öffnen</translation>
    </message>
    <message>
        <source>“{name}” could not be opened.</source>
        <translation>„{name}“ konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>This table and its settings cannot be shown.</source>
        <translation>Diese Tabelle und ihre Einstellungen können nicht angezeigt werden.</translation>
    </message>
    <message>
        <source>the settings cannot be shown ({problem})</source>
        <translation>die Einstellungen können nicht angezeigt werden ({problem})</translation>
    </message>
    <message>
        <source>the document</source>
        <translation>das Dokument</translation>
    </message>
    <message>
        <source>settings.{name}: the window cannot show {value} (its field would hold {shown})</source>
        <translation>settings.{name}: das Fenster kann {value} nicht anzeigen (sein Feld hielte {shown})</translation>
    </message>
    <message>
        <source>{path}: the window could not show it ({problem})</source>
        <translation>{path}: das Fenster konnte es nicht anzeigen ({problem})</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Speichern unter</translation>
    </message>
    <message>
        <source>Cannot save {name}</source>
        <translation>{name} lässt sich nicht speichern</translation>
    </message>
    <message>
        <source>“{name}” was not saved.</source>
        <translation>„{name}“ wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>Nothing was lost: the document is still open with its changes. Fix the problem, or choose File ▸ Save As… to save it somewhere else.</source>
        <translation>Nichts ging verloren: das Dokument ist mit seinen Änderungen noch offen. Das Problem beheben oder mit Datei ▸ Speichern unter… an einem anderen Ort speichern.</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>{path} gespeichert</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Als CSV exportieren</translation>
    </message>
    <message>
        <source>Cannot export {name}</source>
        <translation>{name} lässt sich nicht exportieren</translation>
    </message>
    <message>
        <source>The table was not exported.</source>
        <translation>Die Tabelle wurde nicht exportiert.</translation>
    </message>
    <message>
        <source>Exported the table to {path}</source>
        <translation>Die Tabelle wurde nach {path} exportiert</translation>
    </message>
    <message>
        <source>Autosave failed: {problem}</source>
        <translation>Automatisches Sichern fehlgeschlagen: {problem}</translation>
    </message>
    <message>
        <source>{path}: cannot be read ({problem})</source>
        <translation>{path}: nicht lesbar ({problem})</translation>
    </message>
    <message>
        <source>The autosaved document could not be recovered.</source>
        <translation>Das automatisch gespeicherte Dokument konnte nicht wiederhergestellt werden.</translation>
    </message>
</context>
<context>
    <name>ErrorPlot</name>
    <message>
        <source>current run</source>
        <translation>aktueller Lauf</translation>
    </message>
    <message>
        <source>Press Train: the mean |error| of every iteration is drawn here</source>
        <translation>Trainieren drücken: hier wird der mittlere |Fehler| jeder Iteration gezeichnet</translation>
    </message>
    <message>
        <source>iteration {number}   error {value}</source>
        <translation>Iteration {number}   Fehler {value}</translation>
    </message>
    <message>
        <source>Press Step: the mean |error| of every iteration is drawn here</source>
        <translation>Schritt drücken: hier wird der mittlere |Fehler| jeder Iteration gezeichnet</translation>
    </message>
    <message>
        <source>Press Play: the mean |error| of every iteration is drawn here</source>
        <translation>Weiter drücken: hier wird der mittlere |Fehler| jeder Iteration gezeichnet</translation>
    </message>
    <message>
        <source>Error plot</source>
        <translation>Fehlerkurve</translation>
    </message>
    <message>
        <source>Log scale</source>
        <translation>Logarithmisch</translation>
    </message>
    <message>
        <source>Logarithmic error axis: the error usually falls over several decades</source>
        <translation>Logarithmische Fehlerachse: der Fehler fällt meist über mehrere Zehnerpotenzen</translation>
    </message>
    <message>
        <source>All runs</source>
        <translation>Alle Läufe</translation>
    </message>
    <message>
        <source>Also show the runs on other tables, over the longest run&apos;s iterations. Off: the plot follows the current run, with earlier runs on the same table faded</source>
        <translation>Auch die Läufe auf anderen Tabellen zeigen, über die Iterationen des längsten Laufs. Aus: die Kurve folgt dem aktuellen Lauf, frühere Läufe auf derselben Tabelle blass</translation>
    </message>
    <message>
        <source>Clear previous runs</source>
        <translation>Alte Läufe löschen</translation>
    </message>
    <message>
        <source>Point under the mouse</source>
        <translation>Punkt unter dem Mauszeiger</translation>
    </message>
    <message>
        <source>Error plot: its numbers are hidden until you answer the lesson&apos;s question.</source>
        <translation>Fehlerkurve: Ihre Zahlen sind verborgen, bis du die Frage der Lektion beantwortest.</translation>
    </message>
    <message>
        <source>Error plot: no run yet. Press Step (F6) and the mean |error| of every iteration is drawn here.</source>
        <translation>Fehlerdiagramm: noch kein Lauf. Drücke Schritt (F6), dann wird hier der mittlere |Fehler| jeder Iteration gezeichnet.</translation>
    </message>
    <message>
        <source>Error plot: no run yet. Press Play (Ctrl+Space) and the mean |error| of every iteration is drawn here.</source>
        <translation>Fehlerdiagramm: noch kein Lauf. Drücke Weiter (Strg+Leertaste), dann wird hier der mittlere |Fehler| jeder Iteration gezeichnet.</translation>
    </message>
    <message>
        <source>iteration</source>
        <translation>Iteration</translation>
    </message>
    <message>
        <source>mean |error|</source>
        <translation>mittlerer |Fehler|</translation>
    </message>
    <message>
        <source>(hidden until you answer)</source>
        <translation>(verborgen, bis du antwortest)</translation>
    </message>
</context>
<context>
    <name>ExportMenu</name>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG-Zeichnung (*.svg)</translation>
    </message>
    <message>
        <source>Error plot as picture…</source>
        <translation>&amp;Fehlerkurve als Bild…</translation>
    </message>
    <message>
        <source>Network diagram as picture…</source>
        <translation>&amp;Netzdiagramm als Bild…</translation>
    </message>
    <message>
        <source>Decision map as picture…</source>
        <translation>&amp;Entscheidungskarte als Bild…</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xport</translation>
    </message>
    <message>
        <source>PNG or SVG, as the window shows it (at the presentation scale when that is on)</source>
        <translation>PNG oder SVG, so wie das Fenster es zeigt (in Präsentationsgröße, wenn diese an ist)</translation>
    </message>
    <message>
        <source>Python script…</source>
        <translation>&amp;Python-Skript…</translation>
    </message>
    <message>
        <source>The experiment as a standalone NumPy script in the notebook&apos;s style: it prints the same Error: lines and outputs as the app</source>
        <translation>Das Experiment als eigenständiges NumPy-Skript im Stil des Notebooks: es schreibt dieselben Error:-Zeilen und Ausgaben wie die App</translation>
    </message>
    <message>
        <source>Jupyter notebook…</source>
        <translation>&amp;Jupyter-Notebook…</translation>
    </message>
    <message>
        <source>The same code as a Jupyter notebook (.ipynb), to take home</source>
        <translation>Derselbe Code als Jupyter-Notebook (.ipynb), zum Mitnehmen</translation>
    </message>
    <message>
        <source>Predictions as CSV…</source>
        <translation>&amp;Vorhersagen als CSV…</translation>
    </message>
    <message>
        <source>Per row: inputs, targets, outputs and |error|</source>
        <translation>Je Zeile: Eingaben, Ziele, Ausgaben und |Fehler|</translation>
    </message>
    <message>
        <source>Weights as CSV…</source>
        <translation>&amp;Gewichte als CSV…</translation>
    </message>
    <message>
        <source>Every weight and bias of the network shown, one per line</source>
        <translation>Jedes Gewicht und jeder Bias des gezeigten Netzes, eines je Zeile</translation>
    </message>
    <message>
        <source>Could not save the picture: {problem}</source>
        <translation>Das Bild konnte nicht gespeichert werden: {problem}</translation>
    </message>
    <message>
        <source>Python script</source>
        <translation>Python-Skript</translation>
    </message>
    <message>
        <source>Python script (*.py)</source>
        <translation>Python-Skript (*.py)</translation>
    </message>
    <message>
        <source>Jupyter notebook</source>
        <translation>Jupyter-Notebook</translation>
    </message>
    <message>
        <source>Jupyter notebook (*.ipynb)</source>
        <translation>Jupyter-Notebook (*.ipynb)</translation>
    </message>
    <message>
        <source>Predictions</source>
        <translation>Vorhersagen</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>CSV-Tabelle (*.csv)</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>Gewichte</translation>
    </message>
    <message>
        <source>Export: {what}</source>
        <translation>Exportieren: {what}</translation>
    </message>
    <message>
        <source>Could not export ({what}): {problem}</source>
        <translation>Export nicht möglich ({what}): {problem}</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>{path} gespeichert</translation>
    </message>
</context>
<context>
    <name>ExpressionField</name>
    <message>
        <source>e.g.  {rules}</source>
        <translation>z. B.  {rules}</translation>
    </message>
    <message>
        <source> at column {number}:</source>
        <translation> bei Spalte {number}:</translation>
    </message>
    <message>
        <source>optional: {examples}</source>
        <translation>optional: {examples}</translation>
    </message>
    <message>
        <source>A rule over the input names: and, or, xor, not, nand, nor, -&gt;, + - * / %, comparisons (== != &lt; &lt;= &gt; &gt;=), parentheses, true/false.
</source>
        <translation>Eine Regel über die Eingabenamen: and, or, xor, not, nand, nor, -&gt;, + - * / %, Vergleiche (== != &lt; &lt;= &gt; &gt;=), Klammern, true/false.
</translation>
    </message>
    <message>
        <source>Target rule</source>
        <translation>Regel für das Ziel</translation>
    </message>
</context>
<context>
    <name>FileLoader</name>
    <message>
        <source>Opening {path}…</source>
        <translation>{path} wird geöffnet…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>{path}: cannot be read ({problem})</source>
        <translation>{path}: nicht lesbar ({problem})</translation>
    </message>
</context>
<context>
    <name>FillTargetDialog</name>
    <message>
        <source>New target column…</source>
        <translation>Neue Zielspalte…</translation>
    </message>
    <message>
        <source>Fill a target from a rule</source>
        <translation>Ein Ziel aus einer Regel füllen</translation>
    </message>
    <message>
        <source>Target column</source>
        <translation>Zielspalte</translation>
    </message>
    <message>
        <source>name of the new column</source>
        <translation>Name der neuen Spalte</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Inputs you can use: {names}</source>
        <translation>Verwendbare Eingaben: {names}</translation>
    </message>
    <message>
        <source>Fill</source>
        <translation>Füllen</translation>
    </message>
    <message>
        <source>New column name</source>
        <translation>Name der neuen Spalte</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>New column name: {problem}</source>
        <translation>Name der neuen Spalte: {problem}</translation>
    </message>
</context>
<context>
    <name>FormulaLink</name>
    <message>
        <source>Formula</source>
        <translation>Formel</translation>
    </message>
    <message>
        <source>Show or hide the formula panel (Ctrl+Shift+F): click an edge of the network diagram to see its update with the numbers of the shown iteration</source>
        <translation>Formelbereich zeigen oder verbergen (Strg+Umschalt+F): Klicke auf eine Kante des Netzdiagramms, um ihre Änderung mit den Zahlen der gezeigten Iteration zu sehen</translation>
    </message>
    <message>
        <source>Exported script</source>
        <translation>Exportiertes Skript</translation>
    </message>
    <message>
        <source>The script has no line for {name}.</source>
        <translation>Das Skript hat keine Zeile für {name}.</translation>
    </message>
</context>
<context>
    <name>FormulaPanel</name>
    <message>
        <source>Formula with the numbers of the shown iteration</source>
        <translation>Formel mit den Zahlen der gezeigten Iteration</translation>
    </message>
    <message>
        <source>Show in script</source>
        <translation>Im Skript zeigen</translation>
    </message>
    <message>
        <source>Show this line in the exported script</source>
        <translation>Diese Zeile im exportierten Skript zeigen</translation>
    </message>
    <message>
        <source>Open the exported Python script at the line that computes this quantity, highlighted</source>
        <translation>Das exportierte Python-Skript an der Zeile öffnen, die diese Größe berechnet, hervorgehoben</translation>
    </message>
    <message>
        <source>Click an edge of the network diagram (or a unit) to see its update here; with the diagram focused, the arrow keys walk the edges.</source>
        <translation>Klicke auf eine Kante des Netzdiagramms (oder eine Einheit), um hier ihre Änderung zu sehen; hat das Diagramm den Fokus, gehen die Pfeiltasten die Kanten durch.</translation>
    </message>
    <message>
        <source>{name}: the bias of {target}</source>
        <translation>{name}: der Bias von {target}</translation>
    </message>
    <message>
        <source>{name}: the weight from {source} to {target}</source>
        <translation>{name}: das Gewicht von {source} zu {target}</translation>
    </message>
    <message>
        <source>iteration {number}</source>
        <translation>Iteration {number}</translation>
    </message>
    <message>
        <source>Each row r of the batch ({count} rows):</source>
        <translation>Jede Zeile r des Stapels ({count} Zeilen):</translation>
    </message>
    <message>
        <source>The bias unit: a constant 1 (its weights are the b{number} row)</source>
        <translation>Die Bias-Einheit: eine konstante 1 (ihre Gewichte sind die Zeile b{number})</translation>
    </message>
    <message>
        <source>{name}: an input (l0[r, {index}]); it learns nothing</source>
        <translation>{name}: eine Eingabe (l0[r, {index}]); sie lernt nichts</translation>
    </message>
    <message>
        <source>{name}: its delta, what every weight into it learns from</source>
        <translation>{name}: ihr Delta, aus dem jedes Gewicht zu ihr hin lernt</translation>
    </message>
</context>
<context>
    <name>GeneratorDialog</name>
    <message>
        <source>Generate a truth table</source>
        <translation>Eine Wahrheitstabelle erzeugen</translation>
    </message>
    <message>
        <source>How many inputs (1 to {most}); every combination of 0 and 1 becomes a row</source>
        <translation>Wie viele Eingaben (1 bis {most}); jede Kombination von 0 und 1 wird eine Zeile</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>Eingaben</translation>
    </message>
    <message>
        <source>The inputs&apos; names, separated by spaces or commas</source>
        <translation>Die Namen der Eingaben, durch Leerzeichen oder Kommas getrennt</translation>
    </message>
    <message>
        <source>The target column&apos;s name</source>
        <translation>Der Name der Zielspalte</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>Erzeugen</translation>
    </message>
    <message>
        <source>Input names</source>
        <translation>Namen der Eingaben</translation>
    </message>
    <message>
        <source>Target name</source>
        <translation>Name des Ziels</translation>
    </message>
    <message>
        <source>Target rule</source>
        <translation>Regel für das Ziel</translation>
    </message>
    <message>
        <source>Give 1 to {most} input names (there are {count})</source>
        <translation>1 bis {most} Eingabenamen angeben (es sind {count})</translation>
    </message>
    <message>
        <source>Target name: {problem}</source>
        <translation>Name des Ziels: {problem}</translation>
    </message>
    <message>
        <source>the target from the rule</source>
        <translation>das Ziel aus der Regel</translation>
    </message>
    <message>
        <source>the target set to 0</source>
        <translation>das Ziel auf 0 gesetzt</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s), {filled}</source>
        <translation>
            <numerusform>%Ln Zeile, {filled}</numerusform>
            <numerusform>%Ln Zeilen, {filled}</numerusform>
        </translation>
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
&lt;b&gt;Weiter&lt;/b&gt; macht dort weiter, wo das Netz gerade ist; &lt;b&gt;Pause&lt;/b&gt; (oder &lt;b&gt;Stopp&lt;/b&gt;) behält alles, so dass
Weiter genau so weitermacht, als hätte es nie pausiert.&lt;/li&gt;
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
        <source>Look back through this run: drag to show the weights, predictions and inspector at an earlier iteration (nothing is retrained). Training and Play always go on from the latest iteration, at the right end.</source>
        <translation>Durch diesen Lauf zurückblättern: Ziehen zeigt Gewichte, Vorhersagen und Inspektor bei einer früheren Iteration (nichts wird neu trainiert). Trainieren und Weiter machen immer bei der neuesten Iteration weiter, am rechten Ende.</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>iteration 1,000,000,000 (latest)</source>
        <translation>Iteration 1.000.000.000 (neueste)</translation>
    </message>
    <message>
        <source>iteration {number} (latest)</source>
        <translation>Iteration {number} (neueste)</translation>
    </message>
    <message>
        <source>iteration {number}</source>
        <translation>Iteration {number}</translation>
    </message>
</context>
<context>
    <name>InspectorPanel</name>
    <message>
        <source>1 · Forward pass</source>
        <translation>1 · Vorwärtsdurchlauf</translation>
    </message>
    <message>
        <source>Each layer&apos;s output from the one before: multiply by the weights, squash.</source>
        <translation>Die Ausgabe jeder Schicht aus der vorigen: mit den Gewichten multiplizieren, stauchen.</translation>
    </message>
    <message>
        <source>2 · Error</source>
        <translation>2 · Fehler</translation>
    </message>
    <message>
        <source>How far the output is from the target.</source>
        <translation>Wie weit die Ausgabe vom Ziel entfernt ist.</translation>
    </message>
    <message>
        <source>3 · Backward pass</source>
        <translation>3 · Rückwärtsdurchlauf</translation>
    </message>
    <message>
        <source>The deltas: the error times the slope, sent back from the output.</source>
        <translation>Die Deltas: der Fehler mal die Steigung, von der Ausgabe zurückgeschickt.</translation>
    </message>
    <message>
        <source>4 · Update</source>
        <translation>4 · Aktualisierung</translation>
    </message>
    <message>
        <source>What this iteration adds to the weights; Step applies it.</source>
        <translation>Was diese Iteration zu den Gewichten addiert; Schritt wendet es an.</translation>
    </message>
    <message>
        <source>Typed weight or prediction</source>
        <translation>Getipptes Gewicht oder Vorhersage</translation>
    </message>
    <message>
        <source>Inspector matrices</source>
        <translation>Matrizen des Inspektors</translation>
    </message>
    <message>
        <source>Iteration {number}</source>
        <translation>Iteration {number}</translation>
    </message>
    <message>
        <source>(the loop&apos;s pass &lt;code&gt;j = {j}&lt;/code&gt;, with the weights after {number} updates)</source>
        <translation>(der Schleifendurchlauf &lt;code&gt;j = {j}&lt;/code&gt;, mit den Gewichten nach {number} Aktualisierungen)</translation>
    </message>
    <message>
        <source>Step applies the updates (section 4) to the weights. Hover a matrix for what it means; click a row to follow that example in every matrix and in the diagram.</source>
        <translation>Schritt wendet die Aktualisierungen (Abschnitt 4) auf die Gewichte an. Mit der Maus über eine Matrix zeigen, was sie bedeutet; eine Zeile anklicken, um dieses Beispiel in jeder Matrix und im Diagramm zu verfolgen.</translation>
    </message>
    <message>
        <source>Nothing to show yet: the table or the settings have a problem.</source>
        <translation>Noch nichts zu zeigen: die Tabelle oder die Einstellungen haben ein Problem.</translation>
    </message>
    <message>
        <source>looking back in History</source>
        <translation>Rückblick im Verlauf</translation>
    </message>
    <message>
        <source>predict</source>
        <translation>vorhersagen</translation>
    </message>
    <message>
        <source>Type a new value for {cell} and press Enter (Ctrl+Z undoes it)</source>
        <translation>Einen neuen Wert für {cell} tippen und Enter drücken (Strg+Z macht es rückgängig)</translation>
    </message>
    <message>
        <source>Type what you expect {cell} to be, press Enter, then Step: the inspector compares it with the engine&apos;s</source>
        <translation>Tippe, was du für {cell} erwartest, drücke Enter, dann Schritt: der Inspektor vergleicht es mit dem Wert der Rechnung</translation>
    </message>
    <message>
        <source>{text} is not a number: type one such as {a} or {b}</source>
        <translation>{text} ist keine Zahl: tippe eine wie {a} oder {b}</translation>
    </message>
</context>
<context>
    <name>LandscapeControls</name>
    <message>
        <source>Exact slice of two weights</source>
        <translation>Exakter Schnitt durch zwei Gewichte</translation>
    </message>
    <message>
        <source>Interpolation start → end</source>
        <translation>Interpolation Start → Ende</translation>
    </message>
    <message>
        <source>Projection on two random directions</source>
        <translation>Projektion auf zwei Zufallsrichtungen</translation>
    </message>
    <message>
        <source>exact slice: the error of the network with these two weights set, every other weight frozen at iteration {iteration}</source>
        <translation>exakter Schnitt: der Fehler des Netzes mit diesen zwei Gewichten gesetzt, alle anderen Gewichte eingefroren auf Iteration {iteration}</translation>
    </message>
    <message>
        <source>interpolation start → end: the error along the straight line from the weights of iteration {start} (t = 0) to those of iteration {iteration} (t = 1), every weight at once</source>
        <translation>Interpolation Start → Ende: der Fehler entlang der Geraden von den Gewichten der Iteration {start} (t = 0) zu denen der Iteration {iteration} (t = 1), alle Gewichte zugleich</translation>
    </message>
    <message>
        <source>projection on two random directions (filter-normalised, seed {seed}) through the weights of iteration {iteration}: every weight moves at once</source>
        <translation>Projektion auf zwei Zufallsrichtungen (filter-normalisiert, Startwert {seed}) durch die Gewichte der Iteration {iteration}: alle Gewichte bewegen sich zugleich</translation>
    </message>
    <message>
        <source>What to draw</source>
        <translation>Was gezeichnet wird</translation>
    </message>
    <message>
        <source>An exact slice over two weights, the interpolation from the start weights to the shown ones, or a projection on two random directions</source>
        <translation>Ein exakter Schnitt über zwei Gewichte, die Interpolation von den Startgewichten zu den gezeigten oder eine Projektion auf zwei Zufallsrichtungen</translation>
    </message>
    <message>
        <source>Weight {number}</source>
        <translation>Gewicht {number}</translation>
    </message>
    <message>
        <source>The weight on the {axis} axis; or click two edges of the network diagram</source>
        <translation>Das Gewicht auf der {axis} Achse; oder zwei Kanten im Netzdiagramm anklicken</translation>
    </message>
    <message>
        <source>horizontal</source>
        <translation>waagrechten</translation>
    </message>
    <message>
        <source>vertical</source>
        <translation>senkrechten</translation>
    </message>
    <message>
        <source>Grid points per side</source>
        <translation>Gitterpunkte pro Seite</translation>
    </message>
    <message>
        <source>How many values of each weight the surface is computed at</source>
        <translation>Für wie viele Werte jedes Gewichts die Fläche berechnet wird</translation>
    </message>
    <message>
        <source>Seed of the random directions</source>
        <translation>Startwert der Zufallsrichtungen</translation>
    </message>
    <message>
        <source>The random directions of the projection come from this seed</source>
        <translation>Die Zufallsrichtungen der Projektion kommen aus diesem Startwert</translation>
    </message>
    <message>
        <source>Recompute at shown iteration</source>
        <translation>Bei gezeigter Iteration neu berechnen</translation>
    </message>
    <message>
        <source>Freeze the other weights at the iteration on show now and compute again (F5)</source>
        <translation>Die anderen Gewichte auf die jetzt gezeigte Iteration einfrieren und neu berechnen (F5)</translation>
    </message>
    <message>
        <source>Re-grid</source>
        <translation>Neu rastern</translation>
    </message>
    <message>
        <source>Compute the surface again over the range in view, after zooming (drag a rectangle or turn the wheel) (Ctrl+R)</source>
        <translation>Die Fläche nach dem Zoomen über den sichtbaren Bereich neu berechnen (ein Rechteck ziehen oder das Mausrad drehen) (Strg+R)</translation>
    </message>
    <message>
        <source>Ghost paths</source>
        <translation>Geisterpfade</translation>
    </message>
    <message>
        <source>The paths gradient descent, momentum and Adam take from the same start weights, with the run&apos;s other settings</source>
        <translation>Die Pfade, die Gradientenabstieg, Momentum und Adam von denselben Startgewichten aus nehmen, mit den übrigen Einstellungen des Laufs</translation>
    </message>
    <message>
        <source>Sharpness</source>
        <translation>Schärfe</translation>
    </message>
    <message>
        <source>The largest eigenvalue of the error&apos;s Hessian along the run, against 2/η: above it, plain gradient descent overshoots</source>
        <translation>Der größte Eigenwert der Hesse-Matrix des Fehlers entlang des Laufs, verglichen mit 2/η: darüber schießt einfacher Gradientenabstieg über das Ziel hinaus</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Export the landscape</source>
        <translation>Die Landschaft exportieren</translation>
    </message>
    <message>
        <source>Picture (PNG)…</source>
        <translation>Bild (PNG)…</translation>
    </message>
    <message>
        <source>Drawing (SVG)…</source>
        <translation>Zeichnung (SVG)…</translation>
    </message>
    <message>
        <source>Numbers (CSV)…</source>
        <translation>Zahlen (CSV)…</translation>
    </message>
    <message>
        <source>&amp;Draw</source>
        <translation>&amp;Zeichnen</translation>
    </message>
    <message>
        <source>Weight &amp;1</source>
        <translation>Gewicht &amp;1</translation>
    </message>
    <message>
        <source>Weight &amp;2</source>
        <translation>Gewicht &amp;2</translation>
    </message>
    <message>
        <source>&amp;Grid</source>
        <translation>&amp;Gitter</translation>
    </message>
    <message>
        <source>S&amp;eed</source>
        <translation>S&amp;tartwert</translation>
    </message>
</context>
<context>
    <name>LandscapeWindow</name>
    <message>
        <source>Export the landscape</source>
        <translation>Die Landschaft exportieren</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG-Zeichnung (*.svg)</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>CSV-Tabelle (*.csv)</translation>
    </message>
    <message>
        <source>Loss landscape</source>
        <translation>Fehlerlandschaft</translation>
    </message>
    <message>
        <source>Click an edge of the network diagram to choose weight {number}.</source>
        <translation>Eine Kante im Netzdiagramm anklicken, um Gewicht {number} zu wählen.</translation>
    </message>
    <message>
        <source>Choose two different weights.</source>
        <translation>Zwei verschiedene Gewichte wählen.</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Wird berechnet…</translation>
    </message>
    <message>
        <source>gradient descent</source>
        <translation>Gradientenabstieg</translation>
    </message>
    <message>
        <source>momentum</source>
        <translation>Momentum</translation>
    </message>
    <message>
        <source>Adam</source>
        <translation>Adam</translation>
    </message>
    <message>
        <source>{optimiser} (as this run)</source>
        <translation>{optimiser} (wie dieser Lauf)</translation>
    </message>
    <message>
        <source>Could not compute: {reason}</source>
        <translation>Konnte nicht berechnet werden: {reason}</translation>
    </message>
    <message>
        <source>t (0: start weights, 1: shown weights)</source>
        <translation>t (0: Startgewichte, 1: gezeigte Gewichte)</translation>
    </message>
    <message>
        <source>Lowest error {error} at t = {t}; start {start}, end {end}.</source>
        <translation>Kleinster Fehler {error} bei t = {t}; Start {start}, Ende {end}.</translation>
    </message>
    <message>
        <source>error along the interpolation from the start weights to the shown ones; lowest {error} at t = {t}</source>
        <translation>Fehler entlang der Interpolation von den Startgewichten zu den gezeigten; kleinster {error} bei t = {t}</translation>
    </message>
    <message>
        <source>Loss landscape: nothing computed</source>
        <translation>Fehlerlandschaft: nichts berechnet</translation>
    </message>
    <message>
        <source>error surface over {x} and {y}; lowest {error} at {x} = {x_value}, {y} = {y_value}</source>
        <translation>Fehlerfläche über {x} und {y}; kleinster {error} bei {x} = {x_value}, {y} = {y_value}</translation>
    </message>
    <message>
        <source>Train or open a network to see its landscape.</source>
        <translation>Ein Netz trainieren oder öffnen, um seine Landschaft zu sehen.</translation>
    </message>
    <message>
        <source>Iteration {iteration}: {x} = {x_value}, {y} = {y_value}; the lowest error on the grid is {error}, at ({x_low}, {y_low}).</source>
        <translation>Iteration {iteration}: {x} = {x_value}, {y} = {y_value}; der kleinste Fehler im Gitter ist {error}, bei ({x_low}, {y_low}).</translation>
    </message>
    <message>
        <source>Nothing is drawn yet.</source>
        <translation>Noch ist nichts gezeichnet.</translation>
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
    <name>LegendPlacement</name>
    <message>
        <source>{label} · {iterations} iterations</source>
        <translation>{label} · {iterations} Iterationen</translation>
    </message>
    <message>
        <source>test rows (held out)</source>
        <translation>Testzeilen (zurückgehalten)</translation>
    </message>
</context>
<context>
    <name>LessonAuthor</name>
    <message>
        <source>New Lesson from Current State…</source>
        <translation>Neue Lektion aus dem aktuellen Zustand…</translation>
    </message>
    <message>
        <source>Add Step from Current State…</source>
        <translation>Schritt aus dem aktuellen Zustand hinzufügen…</translation>
    </message>
    <message>
        <source>Edit Step…</source>
        <translation>Schritt bearbeiten…</translation>
    </message>
    <message>
        <source>Save Lesson As…</source>
        <translation>Lektion speichern unter…</translation>
    </message>
    <message>
        <source>Write what the students should do here.</source>
        <translation>Schreibe hier, was die Lernenden tun sollen.</translation>
    </message>
    <message>
        <source>New lesson</source>
        <translation>Neue Lektion</translation>
    </message>
    <message>
        <source>Title of the lesson:</source>
        <translation>Titel der Lektion:</translation>
    </message>
    <message>
        <source>Save Lesson As</source>
        <translation>Lektion speichern unter</translation>
    </message>
    <message>
        <source>Lessons (*{suffix})</source>
        <translation>Lektionen (*{suffix})</translation>
    </message>
    <message>
        <source>Saved the lesson to {name}</source>
        <translation>Lektion gespeichert als {name}</translation>
    </message>
</context>
<context>
    <name>LessonPanel</name>
    <message>
        <source>Type a number</source>
        <translation>Zahl eintippen</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>Numbers marked ? appear once you answer.</source>
        <translation>Mit ? markierte Zahlen erscheinen nach der Antwort.</translation>
    </message>
    <message>
        <source>◀ Back</source>
        <translation>◀ Zurück</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Weiter ▶</translation>
    </message>
    <message>
        <source>Close lesson</source>
        <translation>Lektion schließen</translation>
    </message>
    <message>
        <source>Lesson text</source>
        <translation>Text der Lektion</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>Deine Antwort</translation>
    </message>
    <message>
        <source>Feedback on your answer</source>
        <translation>Rückmeldung zu deiner Antwort</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Was zu tun ist</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Lesson progress</source>
        <translation>Fortschritt der Lektion</translation>
    </message>
    <message>
        <source>Lesson step</source>
        <translation>Schritt der Lektion</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Lektion</translation>
    </message>
    <message>
        <source>Hidden numbers</source>
        <translation>Verborgene Zahlen</translation>
    </message>
    <message>
        <source>Step {number} of {count}</source>
        <translation>Schritt {number} von {count}</translation>
    </message>
    <message>
        <source>Finish ✓</source>
        <translation>Fertig ✓</translation>
    </message>
    <message>
        <source>Lock in my prediction</source>
        <translation>Vorhersage festlegen</translation>
    </message>
    <message>
        <source>✓ Done: {action}</source>
        <translation>✓ Erledigt: {action}</translation>
    </message>
    <message>
        <source>To do: {action}</source>
        <translation>Aufgabe: {action}</translation>
    </message>
    <message>
        <source>Type a number (for example {a} or {b}).</source>
        <translation>Tippe eine Zahl (zum Beispiel {a} oder {b}).</translation>
    </message>
</context>
<context>
    <name>LessonPlayer</name>
    <message>
        <source>Lesson</source>
        <translation>Lektion</translation>
    </message>
    <message>
        <source>&amp;Lessons</source>
        <translation>Lektio&amp;nen</translation>
    </message>
    <message>
        <source>Open Lesson…</source>
        <translation>Lektion öffnen…</translation>
    </message>
    <message>
        <source>Close Lesson</source>
        <translation>Lektion schließen</translation>
    </message>
    <message>
        <source>(reached step {number})</source>
        <translation>(bis Schritt {number})</translation>
    </message>
    <message>
        <source>Open Lesson</source>
        <translation>Lektion öffnen</translation>
    </message>
    <message>
        <source>Lessons (*{suffix});;All files (*)</source>
        <translation>Lektionen (*{suffix});;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot open the lesson</source>
        <translation>Die Lektion lässt sich nicht öffnen</translation>
    </message>
    <message>
        <source>“{name}” could not be opened.</source>
        <translation>„{name}“ ließ sich nicht öffnen.</translation>
    </message>
    <message>
        <source>The lesson&apos;s translation cannot be used, so it is shown as written: {problem}</source>
        <translation>Die Übersetzung der Lektion kann nicht verwendet werden, daher wird sie im Original gezeigt: {problem}</translation>
    </message>
    <message>
        <source>Stop training before opening a lesson</source>
        <translation>Vor dem Öffnen einer Lektion das Training anhalten</translation>
    </message>
    <message>
        <source>Wait until the network is shown and not training, then lock in.</source>
        <translation>Warte, bis das Netz angezeigt wird und nicht trainiert, dann lege fest.</translation>
    </message>
    <message>
        <source>Locked in: {value}. Now: {action}</source>
        <translation>Festgelegt: {value}. Jetzt: {action}</translation>
    </message>
    <message>
        <source>Lock in a prediction first; the step&apos;s starting weights are back.</source>
        <translation>Zuerst eine Vorhersage festlegen; die Anfangsgewichte des Schritts sind zurück.</translation>
    </message>
    <message>
        <source>{feedback} The step&apos;s starting weights are back: predict again.</source>
        <translation>{feedback} Die Anfangsgewichte des Schritts sind zurück: sage noch einmal vorher.</translation>
    </message>
</context>
<context>
    <name>LessonReport</name>
    <message>
        <source>Save My Answers…</source>
        <translation>Meine Antworten speichern…</translation>
    </message>
    <message>
        <source>Write this lesson&apos;s answers, the right values and the error plot as a one-page PDF for the teacher</source>
        <translation>Schreibt die Antworten dieser Lektion, die richtigen Werte und die Fehlerkurve als einseitiges PDF für die Lehrkraft</translation>
    </message>
    <message>
        <source>{right} of {asked} questions answered right; {first} at the first try.</source>
        <translation>{right} von {asked} Fragen richtig beantwortet; {first} beim ersten Versuch.</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Right value</source>
        <translation>Richtiger Wert</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Rückmeldung</translation>
    </message>
    <message>
        <source>No question of this lesson has been answered yet.</source>
        <translation>Noch keine Frage dieser Lektion wurde beantwortet.</translation>
    </message>
    <message>
        <source>The error plot:</source>
        <translation>Die Fehlerkurve:</translation>
    </message>
    <message>
        <source>the file cannot be written there</source>
        <translation>die Datei kann dort nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Save My Answers</source>
        <translation>Meine Antworten speichern</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>Cannot save the answers</source>
        <translation>Die Antworten können nicht gespeichert werden</translation>
    </message>
    <message>
        <source>The answers could not be saved to “{name}”: {reason}</source>
        <translation>Die Antworten konnten nicht in „{name}“ gespeichert werden: {reason}</translation>
    </message>
</context>
<context>
    <name>LogView</name>
    <message>
        <source>The error at the logged iterations, printed as the notebook prints it.</source>
        <translation>Der Fehler bei den protokollierten Iterationen, so geschrieben, wie das Notebook ihn schreibt.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>The truth table: one row per example. Tinted columns are targets, the outputs the network should learn.</source>
        <translation>Die Wahrheitstabelle: eine Zeile je Beispiel. Getönte Spalten sind Ziele, die Ausgaben, die das Netz lernen soll.</translation>
    </message>
    <message>
        <source>+ Row</source>
        <translation>+ Zeile</translation>
    </message>
    <message>
        <source>Add a row at the end</source>
        <translation>Eine Zeile am Ende anfügen</translation>
    </message>
    <message>
        <source>− Row</source>
        <translation>− Zeile</translation>
    </message>
    <message>
        <source>Remove the selected rows</source>
        <translation>Die gewählten Zeilen entfernen</translation>
    </message>
    <message>
        <source>+ Input</source>
        <translation>+ Eingabe</translation>
    </message>
    <message>
        <source>Add an input column</source>
        <translation>Eine Eingabespalte anfügen</translation>
    </message>
    <message>
        <source>+ Target</source>
        <translation>+ Ziel</translation>
    </message>
    <message>
        <source>Add a target column (another output)</source>
        <translation>Eine Zielspalte anfügen (eine weitere Ausgabe)</translation>
    </message>
    <message>
        <source>− Column</source>
        <translation>− Spalte</translation>
    </message>
    <message>
        <source>Remove the selected column</source>
        <translation>Die gewählte Spalte entfernen</translation>
    </message>
    <message>
        <source>Locked while training</source>
        <translation>Während des Trainings gesperrt</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Network and training</source>
        <translation>Netz und Training</translation>
    </message>
    <message>
        <source>More settings: the window is too short to show them all</source>
        <translation>Weitere Einstellungen: das Fenster ist zu niedrig, um alle zu zeigen</translation>
    </message>
    <message>
        <source>For each row: the target, the network&apos;s output and how far apart they are.</source>
        <translation>Für jede Zeile: das Ziel, die Ausgabe des Netzes und wie weit sie auseinanderliegen.</translation>
    </message>
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
    <message>
        <source>Decision map</source>
        <translation>Entscheidungskarte</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>▶  Train</source>
        <translation>▶  Trainieren</translation>
    </message>
    <message>
        <source>Train the network on the table (F5 or Ctrl+Return)</source>
        <translation>Das Netz auf der Tabelle trainieren (F5 oder Strg+Eingabe)</translation>
    </message>
    <message>
        <source>■  Stop</source>
        <translation>■  Stopp</translation>
    </message>
    <message>
        <source>Stop training now (Esc); the weights learnt so far are kept</source>
        <translation>Das Training jetzt anhalten (Esc); die bisher gelernten Gewichte bleiben</translation>
    </message>
    <message>
        <source>⟲  Reset</source>
        <translation>⟲  Zurücksetzen</translation>
    </message>
    <message>
        <source>Forget the training: back to the starting weights of this seed</source>
        <translation>Das Training vergessen: zurück zu den Anfangsgewichten dieses Startwerts</translation>
    </message>
    <message>
        <source>Clear previous runs</source>
        <translation>Alte Läufe löschen</translation>
    </message>
    <message>
        <source>Convergence study…</source>
        <translation>Konvergenzstudie…</translation>
    </message>
    <message>
        <source>Train this setting from many seeds at once: how often does it learn?</source>
        <translation>Diese Einstellung mit vielen Startwerten zugleich trainieren: wie oft lernt sie?</translation>
    </message>
    <message>
        <source>&amp;Presets</source>
        <translation>&amp;Vorlagen</translation>
    </message>
    <message>
        <source>&amp;Beyond the notebook</source>
        <translation>Ü&amp;ber das Notebook hinaus</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>T&amp;raining</translation>
    </message>
    <message>
        <source>Load preset {name}</source>
        <translation>Vorlage {name} laden</translation>
    </message>
    <message>
        <source>Replace the table</source>
        <translation>Die Tabelle ersetzen</translation>
    </message>
    <message>
        <source>Cannot train: {reason}</source>
        <translation>Training nicht möglich: {reason}</translation>
    </message>
    <message>
        <source>This run has done {limit} iterations, the most a run can do.</source>
        <translation>Dieser Lauf hat {limit} Iterationen gemacht, mehr kann ein Lauf nicht.</translation>
    </message>
    <message>
        <source>Training failed: {problem}</source>
        <translation>Training fehlgeschlagen: {problem}</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Table</source>
        <translation>&amp;Tabelle</translation>
    </message>
</context>
<context>
    <name>MapDrawing</name>
    <message>
        <source>target 1</source>
        <translation>Ziel 1</translation>
    </message>
    <message>
        <source>target 0</source>
        <translation>Ziel 0</translation>
    </message>
    <message>
        <source>same inputs, other target</source>
        <translation>gleiche Eingaben, anderes Ziel</translation>
    </message>
    <message>
        <source>No hidden layer: the map is one sigmoid unit, so its boundary is a straight line.</source>
        <translation>Keine verborgene Schicht: die Karte ist eine einzige Sigmoid-Einheit, darum ist ihre Grenze eine Gerade.</translation>
    </message>
    <message>
        <source>(the first {shown} of {count})</source>
        <translation>(die ersten {shown} von {count})</translation>
    </message>
    <message>
        <source>Small maps: what each unit of hidden layer 1 computes{more} ({activation}; light low, dark high).</source>
        <translation>Kleine Karten: was jede Einheit der verborgenen Schicht 1 berechnet{more} ({activation}; hell niedrig, dunkel hoch).</translation>
    </message>
</context>
<context>
    <name>NetworkView</name>
    <message>
        <source>Network diagram</source>
        <translation>Netzdiagramm</translation>
    </message>
    <message>
        <source>inputs</source>
        <translation>Eingaben</translation>
    </message>
    <message>
        <source>output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <source>outputs</source>
        <translation>Ausgaben</translation>
    </message>
    <message>
        <source>hidden {number}</source>
        <translation>verborgen {number}</translation>
    </message>
    <message>
        <source>bias</source>
        <translation>Bias</translation>
    </message>
    <message>
        <source>Labels left out for lack of room: {labels}</source>
        <translation>Aus Platzgründen ausgelassene Beschriftungen: {labels}</translation>
    </message>
    <message>
        <source>Layers {sizes}.</source>
        <translation>Schichten {sizes}.</translation>
    </message>
    <message>
        <source>Strongest weights: {weights}.</source>
        <translation>Stärkste Gewichte: {weights}.</translation>
    </message>
    <message>
        <source>Outputs for the selected row: {values}.</source>
        <translation>Ausgaben für die gewählte Zeile: {values}.</translation>
    </message>
    <message>
        <source>positive</source>
        <translation>positiv</translation>
    </message>
    <message>
        <source>negative</source>
        <translation>negativ</translation>
    </message>
    <message>
        <source>thicker = larger |weight|</source>
        <translation>dicker = größeres |Gewicht|</translation>
    </message>
    <message>
        <source>fill = activation:</source>
        <translation>Füllung = Aktivierung:</translation>
    </message>
    <message>
        <source>row {number}:  {values}</source>
        <translation>Zeile {number}:  {values}</translation>
    </message>
    <message>
        <source>bias = 1 (feeds {layer})</source>
        <translation>Bias = 1 (speist {layer})</translation>
    </message>
</context>
<context>
    <name>PlotDescription</name>
    <message>
        <source>not a number</source>
        <translation>keine Zahl</translation>
    </message>
    <message>
        <source>{right} of 1 row right</source>
        <translation>{right} von 1 Zeile richtig</translation>
    </message>
    <message>
        <source>{right} of {rows} rows right</source>
        <translation>{right} von {rows} Zeilen richtig</translation>
    </message>
    <message>
        <source>Error {error} at iteration {iteration}, falling from {start}</source>
        <translation>Fehler {error} bei Iteration {iteration}, gefallen von {start}</translation>
    </message>
    <message>
        <source>Error {error} at iteration {iteration}, rising from {start}</source>
        <translation>Fehler {error} bei Iteration {iteration}, gestiegen von {start}</translation>
    </message>
    <message>
        <source>Error {error} at iteration {iteration}, about level since the start ({start})</source>
        <translation>Fehler {error} bei Iteration {iteration}, etwa gleich wie zu Beginn ({start})</translation>
    </message>
    <message>
        <source>Error {error} at iteration {iteration}, the run&apos;s first point</source>
        <translation>Fehler {error} bei Iteration {iteration}, der erste Punkt des Laufs</translation>
    </message>
    <message>
        <source>Error {error} at iteration {iteration}: the values are no longer finite</source>
        <translation>Fehler {error} bei Iteration {iteration}: die Werte sind nicht mehr endlich</translation>
    </message>
    <message>
        <source>Error plot: no run yet. Press Train (F5) and the mean |error| of every iteration is drawn here.</source>
        <translation>Fehlerdiagramm: noch kein Lauf. Drücke Trainieren (F5), dann wird hier der mittlere |Fehler| jeder Iteration gezeichnet.</translation>
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
    <message>
        <source>{percent}% done. {facts}</source>
        <translation>{percent} % erledigt. {facts}</translation>
    </message>
    <message>
        <source>The output {output} over {x} (across) and {y} (up): above 0.5 on {share}% of the square.</source>
        <translation>Die Ausgabe {output} über {x} (waagerecht) und {y} (senkrecht): über 0,5 auf {share} % des Quadrats.</translation>
    </message>
    <message>
        <source>{right} of 1 row shown right.</source>
        <translation>{right} von 1 gezeigten Zeile richtig.</translation>
    </message>
    <message>
        <source>{right} of {rows} rows shown right.</source>
        <translation>{right} von {rows} gezeigten Zeilen richtig.</translation>
    </message>
    <message>
        <source>{across} {x}, {up} {y}: {value}</source>
        <translation>{across} {x}, {up} {y}: {value}</translation>
    </message>
    <message>
        <source>At the corners: {corners}.</source>
        <translation>An den Ecken: {corners}.</translation>
    </message>
</context>
<context>
    <name>PredictionsModel</name>
    <message>
        <source>input {name}</source>
        <translation>Eingabe {name}</translation>
    </message>
    <message>
        <source>target {name}</source>
        <translation>Ziel {name}</translation>
    </message>
    <message>
        <source>not trained yet</source>
        <translation>noch nicht trainiert</translation>
    </message>
    <message>
        <source>output {name} = {value}</source>
        <translation>Ausgabe {name} = {value}</translation>
    </message>
    <message>
        <source>|error| = |{output} − {target}| = {error}</source>
        <translation>|Fehler| = |{output} − {target}| = {error}</translation>
    </message>
    <message>
        <source>Hidden until you answer the lesson&apos;s question</source>
        <translation>Verborgen, bis du die Frage der Lektion beantwortest</translation>
    </message>
    <message>
        <source>{row} test</source>
        <translation>{row} Test</translation>
    </message>
    <message>
        <source>A test row: the network never trained on it</source>
        <translation>Eine Testzeile: das Netz wurde nie mit ihr trainiert</translation>
    </message>
    <message>
        <source>inputs</source>
        <translation>Eingaben</translation>
    </message>
    <message>
        <source>{name} target</source>
        <translation>{name} Ziel</translation>
    </message>
    <message>
        <source>{name} output</source>
        <translation>{name} Ausgabe</translation>
    </message>
    <message>
        <source>{name} |error|</source>
        <translation>{name} |Fehler|</translation>
    </message>
    <message>
        <source>|error|</source>
        <translation>|Fehler|</translation>
    </message>
    <message>
        <source>inputs {names}</source>
        <translation>Eingaben {names}</translation>
    </message>
    <message>
        <source>input &apos;{name}&apos;</source>
        <translation>Eingabe „{name}“</translation>
    </message>
    <message>
        <source>target &apos;{name}&apos;: what the output should be</source>
        <translation>Ziel „{name}“: was die Ausgabe sein sollte</translation>
    </message>
    <message>
        <source>the network&apos;s output for &apos;{name}&apos;</source>
        <translation>die Ausgabe des Netzes für „{name}“</translation>
    </message>
    <message>
        <source>|output − target| for &apos;{name}&apos;</source>
        <translation>|Ausgabe − Ziel| für „{name}“</translation>
    </message>
</context>
<context>
    <name>Presets</name>
    <message>
        <source>The notebook&apos;s data: y copies x1; x3 is a constant 1 acting as a bias</source>
        <translation>Die Daten des Notebooks: y kopiert x1; x3 ist eine konstante 1 und wirkt als Bias</translation>
    </message>
    <message>
        <source>The notebook&apos;s first cell: the same data with no hidden layer</source>
        <translation>Die erste Zelle des Notebooks: dieselben Daten ohne verborgene Schicht</translation>
    </message>
    <message>
        <source>The notebook&apos;s data with y = x1 xor x2: needs the hidden layer</source>
        <translation>Die Daten des Notebooks mit y = x1 xor x2: braucht die verborgene Schicht</translation>
    </message>
    <message>
        <source>y = a and b</source>
        <translation>y = a und b</translation>
    </message>
    <message>
        <source>y = a or b</source>
        <translation>y = a oder b</translation>
    </message>
    <message>
        <source>y = not (a and b): every logic circuit can be built from it</source>
        <translation>y = nicht (a und b): jede Logikschaltung lässt sich daraus bauen</translation>
    </message>
    <message>
        <source>y = a xor b: not linearly separable, so it needs a hidden layer</source>
        <translation>y = a xor b: nicht linear trennbar, braucht darum eine verborgene Schicht</translation>
    </message>
    <message>
        <source>XOR with no hidden layer: it cannot be learnt (the error stays near 0.5)</source>
        <translation>XOR ohne verborgene Schicht: lässt sich nicht lernen (der Fehler bleibt nahe 0,5)</translation>
    </message>
    <message>
        <source>y = 1 when at least two of a, b, c are 1</source>
        <translation>y = 1, wenn mindestens zwei von a, b, c gleich 1 sind</translation>
    </message>
    <message>
        <source>y = 1 when an odd number of a, b, c are 1 (three-input XOR)</source>
        <translation>y = 1, wenn eine ungerade Anzahl von a, b, c gleich 1 ist (XOR mit drei Eingaben)</translation>
    </message>
    <message>
        <source>Two-bit adder: a1a0 + b1b0 = carry s1 s0</source>
        <translation>Zwei-Bit-Addierer: a1a0 + b1b0 = Übertrag s1 s0</translation>
    </message>
    <message>
        <source>Seven-segment display a..g to the digit&apos;s binary b3..b0</source>
        <translation>Siebensegmentanzeige a..g zur Binärzahl der Ziffer b3..b0</translation>
    </message>
    <message>
        <source>8-3-8 auto-encoder: squeeze eight one-hot rows through three hidden units</source>
        <translation>8-3-8-Autoencoder: acht One-hot-Zeilen durch drei verborgene Einheiten pressen</translation>
    </message>
    <message>
        <source>Sure and wrong at the start: the notebook&apos;s loss crawls for ~2,000 iterations (compare saturated-cross-entropy)</source>
        <translation>Am Anfang sicher und falsch: mit dem Verlust des Notebooks kriecht es ~2.000 Iterationen (vergleiche saturated-cross-entropy)</translation>
    </message>
    <message>
        <source>The same start with cross-entropy: no a*(1-a) slope in the delta, learnt within 10 iterations</source>
        <translation>Derselbe Anfang mit Kreuzentropie: keine Steigung a*(1-a) im Delta, in 10 Iterationen gelernt</translation>
    </message>
    <message>
        <source>XOR with a small learning rate: a long plateau near 0.5 (compare plateau-momentum)</source>
        <translation>XOR mit kleiner Lernrate: ein langes Plateau nahe 0,5 (vergleiche plateau-momentum)</translation>
    </message>
    <message>
        <source>The same plateau with momentum 0.9: crossed about ten times sooner</source>
        <translation>Dasselbe Plateau mit Momentum 0.9: etwa zehnmal schneller überquert</translation>
    </message>
    <message>
        <source>120 points in a circle, 8 rows per update: each update sees other rows, so the error curve is noisy</source>
        <translation>120 Punkte in einem Kreis, 8 Zeilen je Aktualisierung: jede Aktualisierung sieht andere Zeilen, darum rauscht die Fehlerkurve</translation>
    </message>
    <message>
        <source>Majority of five with three flipped targets and 8 test rows: the training error reaches 0, the test error does not</source>
        <translation>Mehrheit aus fünf mit drei vertauschten Zielen und 8 Testzeilen: der Trainingsfehler erreicht 0, der Testfehler nicht</translation>
    </message>
    <message>
        <source>Three clouds of points, one-hot targets y1..y3, softmax output</source>
        <translation>Drei Punktwolken, One-hot-Ziele y1..y3, Softmax-Ausgabe</translation>
    </message>
    <message>
        <source>2-D points: class 1 inside a circle, class 0 in a ring around it</source>
        <translation>2-D-Punkte: Klasse 1 in einem Kreis, Klasse 0 in einem Ring darum</translation>
    </message>
    <message>
        <source>2-D points: class 1 where x1 and x2 have the same sign</source>
        <translation>2-D-Punkte: Klasse 1, wo x1 und x2 dasselbe Vorzeichen haben</translation>
    </message>
    <message>
        <source>2-D points: two clouds, one per class</source>
        <translation>2-D-Punkte: zwei Wolken, eine je Klasse</translation>
    </message>
    <message>
        <source>2-D points: two interleaved spirals (needs two hidden layers)</source>
        <translation>2-D-Punkte: zwei verschlungene Spiralen (braucht zwei verborgene Schichten)</translation>
    </message>
</context>
<context>
    <name>QuantityCard</name>
    <message>
        <source>Showing at most {rows} rows and {columns} columns.</source>
        <translation>Gezeigt werden höchstens {rows} Zeilen und {columns} Spalten.</translation>
    </message>
    <message>
        <source>{name} update</source>
        <translation>Änderung an {name}</translation>
    </message>
</context>
<context>
    <name>RaceLink</name>
    <message>
        <source>The helper process stopped unexpectedly ({how}).</source>
        <translation>Der Hilfsprozess wurde unerwartet beendet ({how}).</translation>
    </message>
    <message>
        <source>The helper process did not answer, so it was ended.</source>
        <translation>Der Hilfsprozess antwortete nicht und wurde deshalb beendet.</translation>
    </message>
</context>
<context>
    <name>RaceWindow</name>
    <message>
        <source>Race from the same start</source>
        <translation>Wettrennen vom selben Start</translation>
    </message>
    <message>
        <source>The untrained start</source>
        <translation>Der untrainierte Start</translation>
    </message>
    <message>
        <source>Iteration {n} of the run on show</source>
        <translation>Iteration {n} des gezeigten Laufs</translation>
    </message>
    <message>
        <source>The values to race, separated by commas (2 to 6)</source>
        <translation>Die Werte für das Rennen, durch Kommas getrennt (2 bis 6)</translation>
    </message>
    <message>
        <source>▶  &amp;Go</source>
        <translation>▶  &amp;Los</translation>
    </message>
    <message>
        <source>Train every branch from the same weights, side by side</source>
        <translation>Jeden Zweig von denselben Gewichten aus trainieren, nebeneinander</translation>
    </message>
    <message>
        <source>■  &amp;Stop</source>
        <translation>■  &amp;Stopp</translation>
    </message>
    <message>
        <source>S&amp;tart</source>
        <translation>S&amp;tart</translation>
    </message>
    <message>
        <source>&amp;Differs in</source>
        <translation>&amp;Unterschied in</translation>
    </message>
    <message>
        <source>&amp;Values</source>
        <translation>&amp;Werte</translation>
    </message>
    <message>
        <source>&amp;Iterations</source>
        <translation>&amp;Iterationen</translation>
    </message>
    <message>
        <source>T&amp;arget error</source>
        <translation>Ziel&amp;fehler</translation>
    </message>
    <message>
        <source>Error of every branch</source>
        <translation>Fehler jedes Zweigs</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Zweig</translation>
    </message>
    <message>
        <source>Final error</source>
        <translation>Endfehler</translation>
    </message>
    <message>
        <source>Iterations to target</source>
        <translation>Iterationen bis zum Ziel</translation>
    </message>
    <message>
        <source>Final errors and iterations to target</source>
        <translation>Endfehler und Iterationen bis zum Ziel</translation>
    </message>
    <message>
        <source>&amp;Make current</source>
        <translation>Zum aktuellen Lauf &amp;machen</translation>
    </message>
    <message>
        <source>Put the chosen branch into the run tree and show it in the main window</source>
        <translation>Den gewählten Zweig in den Laufbaum aufnehmen und im Hauptfenster zeigen</translation>
    </message>
    <message>
        <source>Values: {problem}</source>
        <translation>Werte: {problem}</translation>
    </message>
    <message>
        <source>This race cannot run: {problem}</source>
        <translation>Dieses Rennen kann nicht laufen: {problem}</translation>
    </message>
    <message>
        <source>Racing {n} branches…</source>
        <translation>{n} Zweige im Rennen …</translation>
    </message>
    <message>
        <source>Network of {name}</source>
        <translation>Netz von {name}</translation>
    </message>
    <message>
        <source>diverged</source>
        <translation>divergiert</translation>
    </message>
    <message>
        <source>Stopped. {summary}</source>
        <translation>Gestoppt. {summary}</translation>
    </message>
    <message>
        <source>The race stopped: {problem}</source>
        <translation>Das Rennen wurde beendet: {problem}</translation>
    </message>
    <message>
        <source>The helper process has not answered for {seconds} s.</source>
        <translation>Der Hilfsprozess antwortet seit {seconds} s nicht.</translation>
    </message>
    <message>
        <source>iteration</source>
        <translation>Iteration</translation>
    </message>
    <message>
        <source>mean |error|</source>
        <translation>mittlerer |Fehler|</translation>
    </message>
    <message>
        <source>gradient descent</source>
        <translation>Gradientenabstieg</translation>
    </message>
    <message>
        <source>momentum</source>
        <translation>Momentum</translation>
    </message>
    <message>
        <source>Adam</source>
        <translation>Adam</translation>
    </message>
    <message>
        <source>batch size: all rows</source>
        <translation>Batchgröße: alle Zeilen</translation>
    </message>
    <message>
        <source>{setting} {value}</source>
        <translation>{setting} {value}</translation>
    </message>
    <message>
        <source>Every branch starts below {target} already: set a lower target error to compare them</source>
        <translation>Jeder Zweig liegt schon beim Start unter {target}: Setze einen kleineren Zielfehler, um sie zu vergleichen</translation>
    </message>
    <message>
        <source>{name} reached {target} first, at iteration {iteration}</source>
        <translation>{name} erreichte {target} zuerst, bei Iteration {iteration}</translation>
    </message>
    <message>
        <source>{name} at {iteration}</source>
        <translation>{name} bei {iteration}</translation>
    </message>
    <message>
        <source>No branch has reached {target} yet</source>
        <translation>Noch kein Zweig hat {target} erreicht</translation>
    </message>
    <message>
        <source>{name} still {error}</source>
        <translation>{name} noch {error}</translation>
    </message>
</context>
<context>
    <name>RelayWorker</name>
    <message>
        <source>Could not start the helper process: {problem}</source>
        <translation>Der Hilfsprozess ließ sich nicht starten: {problem}</translation>
    </message>
    <message>
        <source>The helper process did not answer, so it was ended; what it had sent so far is kept.</source>
        <translation>Der Hilfsprozess hat nicht geantwortet und wurde deshalb beendet; was er bis dahin geschickt hatte, bleibt erhalten.</translation>
    </message>
    <message>
        <source>The helper process stopped unexpectedly ({how}); press the button again to retry.</source>
        <translation>Der Hilfsprozess endete unerwartet ({how}); drücke die Schaltfläche noch einmal, um es erneut zu versuchen.</translation>
    </message>
</context>
<context>
    <name>Run</name>
    <message>
        <source>bias</source>
        <translation>Bias</translation>
    </message>
    <message>
        <source>no bias</source>
        <translation>kein Bias</translation>
    </message>
    <message>
        <source>hidden {hidden} · lr {rate} · {activation} · {bias} · seed {seed}</source>
        <translation>verborgen {hidden} · Lernrate {rate} · {activation} · {bias} · Startwert {seed}</translation>
    </message>
    <message>
        <source>batch {size}</source>
        <translation>Batch {size}</translation>
    </message>
    <message>
        <source>L2 {value}</source>
        <translation>L2 {value}</translation>
    </message>
    <message>
        <source>table</source>
        <translation>Tabelle</translation>
    </message>
</context>
<context>
    <name>RunCheck</name>
    <message>
        <source>This training is too large.</source>
        <translation>Dieses Training ist zu groß.</translation>
    </message>
    <message>
        <source>This training will take a long time.</source>
        <translation>Dieses Training wird lange dauern.</translation>
    </message>
    <message>
        <source>Train anyway</source>
        <translation>Trotzdem trainieren</translation>
    </message>
</context>
<context>
    <name>RunFollowing</name>
    <message>
        <source>{label} · {iterations} iterations</source>
        <translation>{label} · {iterations} Iterationen</translation>
    </message>
</context>
<context>
    <name>RunProgress</name>
    <message>
        <source>Progress of the run, iterations per second and time left</source>
        <translation>Fortschritt des Laufs, Iterationen pro Sekunde und Restzeit</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <source>diverged in {seconds} s</source>
        <translation>divergiert nach {seconds} s</translation>
    </message>
    <message>
        <source>done in {seconds} s</source>
        <translation>fertig nach {seconds} s</translation>
    </message>
</context>
<context>
    <name>RunStatus</name>
    <message>
        <source>{rate} it/s</source>
        <translation>{rate} It./s</translation>
    </message>
    <message>
        <source>{duration} left</source>
        <translation>noch {duration}</translation>
    </message>
    <message>
        <source>The helper process has not answered for {seconds} s; press Stop to end the run</source>
        <translation>Der Hilfsprozess antwortet seit {seconds} s nicht; drücke Stopp, um das Training zu beenden</translation>
    </message>
    <message>
        <source>Looking back at iteration {shown} of {live}: drag History to the right end to come back</source>
        <translation>Rückblick auf Iteration {shown} von {live}: Verlauf ans rechte Ende ziehen, um zurückzukehren</translation>
    </message>
    <message>
        <source>Ready: press Train (F5)</source>
        <translation>Bereit: Trainieren drücken (F5)</translation>
    </message>
    <message>
        <source>Ready: press Step (F6)</source>
        <translation>Bereit: Schritt drücken (F6)</translation>
    </message>
    <message>
        <source>Ready: press Play (Ctrl+Space)</source>
        <translation>Bereit: Weiter drücken (Strg+Leertaste)</translation>
    </message>
    <message>
        <source>error {value}</source>
        <translation>Fehler {value}</translation>
    </message>
    <message>
        <source>Iteration {number}</source>
        <translation>Iteration {number}</translation>
    </message>
    <message>
        <source>Training failed at iteration {number}</source>
        <translation>Training bei Iteration {number} fehlgeschlagen</translation>
    </message>
    <message>
        <source>Stopped at iteration {number}: the values became non-finite</source>
        <translation>Angehalten bei Iteration {number}: die Werte wurden unendlich oder ungültig</translation>
    </message>
    <message>
        <source>Trained for {number} iterations (as saved)</source>
        <translation>{number} Iterationen trainiert (wie gespeichert)</translation>
    </message>
    <message>
        <source>error of these weights {value}</source>
        <translation>Fehler dieser Gewichte {value}</translation>
    </message>
    <message>
        <source>Stopped at iteration {number}</source>
        <translation>Angehalten bei Iteration {number}</translation>
    </message>
    <message>
        <source>Paused at iteration {number}</source>
        <translation>Pausiert bei Iteration {number}</translation>
    </message>
    <message>
        <source>Step again, or Play to go on</source>
        <translation>Noch ein Schritt, oder Weiter, um weiterzumachen</translation>
    </message>
    <message>
        <source>Step again to go on</source>
        <translation>Noch ein Schritt, um weiterzumachen</translation>
    </message>
    <message>
        <source>Play goes on from here</source>
        <translation>Weiter macht hier weiter</translation>
    </message>
    <message>
        <source>error of the final weights {value}</source>
        <translation>Fehler der Endgewichte {value}</translation>
    </message>
    <message>
        <source>Reached the target error by iteration {number}</source>
        <translation>Zielfehler bei Iteration {number} erreicht</translation>
    </message>
    <message>
        <source>Done at iteration {number}</source>
        <translation>Fertig bei Iteration {number}</translation>
    </message>
</context>
<context>
    <name>ScriptView</name>
    <message>
        <source>Exported script</source>
        <translation>Exportiertes Skript</translation>
    </message>
    <message>
        <source>Exported Python script</source>
        <translation>Exportiertes Python-Skript</translation>
    </message>
    <message>
        <source>Close the script</source>
        <translation>Skript schließen</translation>
    </message>
    <message>
        <source>Line {line} computes {what}</source>
        <translation>Zeile {line} berechnet {what}</translation>
    </message>
</context>
<context>
    <name>SharpnessPlot</name>
    <message>
        <source>sharpness (largest Hessian eigenvalue)</source>
        <translation>Schärfe (größter Eigenwert der Hesse-Matrix)</translation>
    </message>
    <message>
        <source>edge of stability (2/η for gradient descent): above it, steps overshoot</source>
        <translation>Stabilitätsgrenze (2/η für Gradientenabstieg): darüber schießen die Schritte über das Ziel hinaus</translation>
    </message>
    <message>
        <source>Sharpness along the run</source>
        <translation>Schärfe entlang des Laufs</translation>
    </message>
    <message>
        <source>{count} of {total} iterations measured are above the edge of stability {limit}</source>
        <translation>{count} von {total} gemessenen Iterationen liegen über der Stabilitätsgrenze {limit}</translation>
    </message>
    <message>
        <source>iteration</source>
        <translation>Iteration</translation>
    </message>
    <message>
        <source>sharpness</source>
        <translation>Schärfe</translation>
    </message>
</context>
<context>
    <name>StepDialog</name>
    <message>
        <source>Lesson step</source>
        <translation>Schritt der Lektion</translation>
    </message>
    <message>
        <source># Heading, **bold**, *emphasis*, `code`, - lists, 1. lists, ``` code blocks</source>
        <translation># Überschrift, **fett**, *betont*, `Code`, - Listen, 1. Listen, ``` Codeblöcke</translation>
    </message>
    <message>
        <source>Visible panels (the others are hidden)</source>
        <translation>Sichtbare Bereiche (die anderen sind ausgeblendet)</translation>
    </message>
    <message>
        <source>default</source>
        <translation>Vorgabe</translation>
    </message>
    <message>
        <source>Step title</source>
        <translation>Titel des Schritts</translation>
    </message>
    <message>
        <source>Step text</source>
        <translation>Text des Schritts</translation>
    </message>
    <message>
        <source>Action asked for</source>
        <translation>Verlangte Aktion</translation>
    </message>
    <message>
        <source>Iterations of the action</source>
        <translation>Iterationen der Aktion</translation>
    </message>
    <message>
        <source>Setting to change</source>
        <translation>Zu ändernde Einstellung</translation>
    </message>
    <message>
        <source>Question type</source>
        <translation>Art der Frage</translation>
    </message>
    <message>
        <source>Question prompt</source>
        <translation>Fragetext</translation>
    </message>
    <message>
        <source>Choices</source>
        <translation>Auswahlmöglichkeiten</translation>
    </message>
    <message>
        <source>Right answer</source>
        <translation>Richtige Antwort</translation>
    </message>
    <message>
        <source>Tolerance</source>
        <translation>Toleranz</translation>
    </message>
    <message>
        <source>Quantity to predict</source>
        <translation>Vorherzusagende Größe</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Erklärung</translation>
    </message>
    <message>
        <source>Outputs</source>
        <translation>Ausgaben</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>Gewichte</translation>
    </message>
    <message>
        <source>Hide until answered: {what}</source>
        <translation>Verbergen bis zur Antwort: {what}</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>Te&amp;xt</source>
        <translation>Te&amp;xt</translation>
    </message>
    <message>
        <source>&amp;Action</source>
        <translation>A&amp;ktion</translation>
    </message>
    <message>
        <source>Iterations</source>
        <translation>Iterationen</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Einstellung</translation>
    </message>
    <message>
        <source>&amp;Question</source>
        <translation>&amp;Frage</translation>
    </message>
    <message>
        <source>Pro&amp;mpt</source>
        <translation>&amp;Wortlaut</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>&amp;Explanation</source>
        <translation>&amp;Erklärung</translation>
    </message>
    <message>
        <source>Hide until answered</source>
        <translation>Verbergen bis zur Antwort</translation>
    </message>
    <message>
        <source>Step fields</source>
        <translation>Felder des Schritts</translation>
    </message>
    <message>
        <source>Pre&amp;view step</source>
        <translation>&amp;Vorschau des Schritts</translation>
    </message>
    <message>
        <source>Show the step as students see it, with the edits not yet saved</source>
        <translation>Den Schritt so zeigen, wie ihn die Lernenden sehen, mit den noch nicht gespeicherten Änderungen</translation>
    </message>
    <message>
        <source>Iteration to reach</source>
        <translation>Zu erreichende Iteration</translation>
    </message>
    <message>
        <source>{place}: {problem}</source>
        <translation>{place}: {problem}</translation>
    </message>
    <message>
        <source>{field}: {problem}</source>
        <translation>{field}: {problem}</translation>
    </message>
    <message>
        <source>Train (a whole run)</source>
        <translation>Trainieren (ein ganzer Lauf)</translation>
    </message>
    <message>
        <source>Step once</source>
        <translation>Ein Schritt</translation>
    </message>
    <message>
        <source>Step N iterations</source>
        <translation>N Schritte (Iterationen)</translation>
    </message>
    <message>
        <source>Play to an iteration</source>
        <translation>Weiter bis zu einer Iteration</translation>
    </message>
    <message>
        <source>Edit a cell or a weight</source>
        <translation>Eine Zelle oder ein Gewicht bearbeiten</translation>
    </message>
    <message>
        <source>Change a setting</source>
        <translation>Eine Einstellung ändern</translation>
    </message>
    <message>
        <source>Multiple choice</source>
        <translation>Auswahlfrage</translation>
    </message>
    <message>
        <source>Type a number</source>
        <translation>Zahl eintippen</translation>
    </message>
    <message>
        <source>Predict a value of the inspector</source>
        <translation>Einen Wert des Inspektors vorhersagen</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Train and Stop</source>
        <translation>Trainieren und Stopp</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Step and Step N</source>
        <translation>Schritt und N Schritte</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <source>Error plot</source>
        <translation>Fehlerkurve</translation>
    </message>
    <message>
        <source>Network diagram</source>
        <translation>Netzdiagramm</translation>
    </message>
    <message>
        <source>Predictions</source>
        <translation>Vorhersagen</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Decision map</source>
        <translation>Entscheidungskarte</translation>
    </message>
    <message>
        <source>Backprop inspector</source>
        <translation>Backprop-Inspektor</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>No action</source>
        <translation>Keine Aktion</translation>
    </message>
    <message>
        <source>No question</source>
        <translation>Keine Frage</translation>
    </message>
    <message>
        <source>Any setting</source>
        <translation>Beliebige Einstellung</translation>
    </message>
    <message>
        <source>{name} (Adam)</source>
        <translation>{name} (Adam)</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Zielwerte</translation>
    </message>
    <message>
        <source>Not in this network</source>
        <translation>Nicht in diesem Netz</translation>
    </message>
    <message>
        <source>Weights from layer {k} to layer {next}</source>
        <translation>Gewichte von Schicht {k} zu Schicht {next}</translation>
    </message>
    <message>
        <source>Change of the weights from layer {k} to layer {next}</source>
        <translation>Änderung der Gewichte von Schicht {k} zu Schicht {next}</translation>
    </message>
    <message>
        <source>Output error</source>
        <translation>Fehler der Ausgabe</translation>
    </message>
    <message>
        <source>Error of hidden layer {k}</source>
        <translation>Fehler der verborgenen Schicht {k}</translation>
    </message>
    <message>
        <source>Output delta</source>
        <translation>Delta der Ausgabe</translation>
    </message>
    <message>
        <source>Delta of hidden layer {k}</source>
        <translation>Delta der verborgenen Schicht {k}</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>Eingaben</translation>
    </message>
    <message>
        <source>Outputs of hidden layer {k}</source>
        <translation>Ausgaben der verborgenen Schicht {k}</translation>
    </message>
    <message>
        <source>{what} ({name})</source>
        <translation>{what} ({name})</translation>
    </message>
</context>
<context>
    <name>StepPreview</name>
    <message>
        <source>Preview of the step</source>
        <translation>Vorschau des Schritts</translation>
    </message>
    <message>
        <source>How students see the step, unsaved edits included. Answering here changes nothing; a prediction is checked only in the lesson.</source>
        <translation>So sehen die Lernenden den Schritt, mit den ungespeicherten Änderungen. Antworten hier ändert nichts; eine Vorhersage wird erst in der Lektion geprüft.</translation>
    </message>
    <message>
        <source>Close preview</source>
        <translation>Vorschau schließen</translation>
    </message>
    <message>
        <source>In the lesson the prediction is locked in here and checked against the network once the step&apos;s action is done.</source>
        <translation>In der Lektion wird die Vorhersage hier festgelegt und mit dem Netz verglichen, sobald die Aktion des Schritts erledigt ist.</translation>
    </message>
</context>
<context>
    <name>StudyWindow</name>
    <message>
        <source>bias</source>
        <translation>Bias</translation>
    </message>
    <message>
        <source>no bias</source>
        <translation>kein Bias</translation>
    </message>
    <message numerus="yes">
        <source>hidden {hidden} · {activation} · {bias} · learning rate {rate} · {iterations} iterations · %n row(s)</source>
        <translation>
            <numerusform>verborgen {hidden} · {activation} · {bias} · Lernrate {rate} · {iterations} Iterationen · %n Zeile</numerusform>
            <numerusform>verborgen {hidden} · {activation} · {bias} · Lernrate {rate} · {iterations} Iterationen · %n Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>Convergence study</source>
        <translation>Konvergenzstudie</translation>
    </message>
    <message>
        <source>How many networks to train: seeds s, s+1, ... (up to {most}), each starting from different random weights</source>
        <translation>Wie viele Netze trainiert werden: Startwerte s, s+1, ... (bis {most}), jedes mit anderen zufälligen Anfangsgewichten</translation>
    </message>
    <message>
        <source>Seeds</source>
        <translation>Startwerte</translation>
    </message>
    <message>
        <source>A run has learnt the table when the mean |error| of its final weights is at most this</source>
        <translation>Ein Lauf hat die Tabelle gelernt, wenn der mittlere |Fehler| seiner Endgewichte höchstens so groß ist</translation>
    </message>
    <message>
        <source>Target error</source>
        <translation>Zielfehler</translation>
    </message>
    <message>
        <source>▶  Train all seeds</source>
        <translation>▶  Alle Startwerte trainieren</translation>
    </message>
    <message>
        <source>Train the setting shown in the main window from every seed at once</source>
        <translation>Die im Hauptfenster gezeigte Einstellung mit allen Startwerten zugleich trainieren</translation>
    </message>
    <message>
        <source>■  Stop</source>
        <translation>■  Stopp</translation>
    </message>
    <message>
        <source>Error of every run</source>
        <translation>Fehler jedes Laufs</translation>
    </message>
    <message>
        <source>Final errors</source>
        <translation>Endfehler</translation>
    </message>
    <message>
        <source>Cannot study this setting: {reason}</source>
        <translation>Diese Einstellung lässt sich nicht untersuchen: {reason}</translation>
    </message>
    <message>
        <source>the settings are invalid</source>
        <translation>die Einstellungen sind ungültig</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Train this setting from %n seed(s)&lt;/b&gt; ({first} to {last}): {setting}</source>
        <translation>
            <numerusform>&lt;b&gt;Diese Einstellung mit %n Startwert trainieren&lt;/b&gt; ({first} bis {last}): {setting}</numerusform>
            <numerusform>&lt;b&gt;Diese Einstellung mit %n Startwerten trainieren&lt;/b&gt; ({first} bis {last}): {setting}</numerusform>
        </translation>
    </message>
    <message>
        <source>Training…</source>
        <translation>Training läuft…</translation>
    </message>
    <message>
        <source>The study failed: {problem}</source>
        <translation>Die Studie ist fehlgeschlagen: {problem}</translation>
    </message>
    <message>
        <source>The helper process has not answered for {seconds} s; press Stop to end the study</source>
        <translation>Der Hilfsprozess antwortet seit {seconds} s nicht; drücke Stopp, um die Studie zu beenden</translation>
    </message>
    <message>
        <source>Press &lt;b&gt;Train all seeds&lt;/b&gt;: every seed starts from different random weights. How many of them learn the table?</source>
        <translation>&lt;b&gt;Alle Startwerte trainieren&lt;/b&gt; drücken: jeder Startwert beginnt mit anderen zufälligen Gewichten. Wie viele davon lernen die Tabelle?</translation>
    </message>
    <message numerus="yes">
        <source>{n} of %n run(s) ({share}%) reached the target error {target}</source>
        <translation>
            <numerusform>{n} von %n Lauf ({share} %) erreichten den Zielfehler {target}</numerusform>
            <numerusform>{n} von %n Läufen ({share} %) erreichten den Zielfehler {target}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{n} of %n run(s) ({share}%) are at the target error {target}</source>
        <translation>
            <numerusform>{n} von %n Lauf ({share} %) sind beim Zielfehler {target}</numerusform>
            <numerusform>{n} von %n Läufen ({share} %) sind beim Zielfehler {target}</numerusform>
        </translation>
    </message>
    <message>
        <source>best seed {best} ({best_error}), worst seed {worst} ({worst_error})</source>
        <translation>bester Startwert {best} ({best_error}), schlechtester Startwert {worst} ({worst_error})</translation>
    </message>
    <message numerus="yes">
        <source>%n diverged</source>
        <translation>
            <numerusform>%n divergiert</numerusform>
            <numerusform>%n divergiert</numerusform>
        </translation>
    </message>
    <message>
        <source>stopped at iteration {number}</source>
        <translation>angehalten bei Iteration {number}</translation>
    </message>
    <message>
        <source>iteration</source>
        <translation>Iteration</translation>
    </message>
    <message>
        <source>mean |error|</source>
        <translation>mittlerer |Fehler|</translation>
    </message>
    <message>
        <source>final mean |error|</source>
        <translation>mittlerer |Fehler| am Ende</translation>
    </message>
    <message>
        <source>runs</source>
        <translation>Läufe</translation>
    </message>
</context>
<context>
    <name>SurfacePlot</name>
    <message>
        <source>Error surface</source>
        <translation>Fehlerfläche</translation>
    </message>
    <message>
        <source>Error along the straight line</source>
        <translation>Fehler entlang der geraden Linie</translation>
    </message>
    <message>
        <source>this run</source>
        <translation>dieser Lauf</translation>
    </message>
    <message>
        <source>the straight line start → end</source>
        <translation>die Gerade Start → Ende</translation>
    </message>
    <message>
        <source>the run&apos;s states (at their projection on the line)</source>
        <translation>die Zustände des Laufs (bei ihrer Projektion auf die Gerade)</translation>
    </message>
    <message>
        <source>mean |error|</source>
        <translation>mittlerer |Fehler|</translation>
    </message>
    <message>
        <source>colour: mean |error| over the training rows</source>
        <translation>Farbe: mittlerer |Fehler| über die Trainingszeilen</translation>
    </message>
</context>
<context>
    <name>TransportBar</name>
    <message>
        <source>full speed</source>
        <translation>volles Tempo</translation>
    </message>
    <message>
        <source>1 iteration a second</source>
        <translation>1 Iteration/Sekunde</translation>
    </message>
    <message>
        <source>{rate} it/s</source>
        <translation>{rate} It./s</translation>
    </message>
    <message>
        <source>Classroom</source>
        <translation>Unterricht</translation>
    </message>
    <message>
        <source>▶  Play</source>
        <translation>▶  Weiter</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Do exactly one iteration (one forward pass, one backward pass, one update), then pause (F6). Open the inspector to see every number of it.</source>
        <translation>Genau eine Iteration machen (ein Vorwärtsdurchlauf, ein Rückwärtsdurchlauf, eine Aktualisierung), dann pausieren (F6). Im Inspektor ist jede Zahl davon zu sehen.</translation>
    </message>
    <message>
        <source>Step N:</source>
        <translation>N Schritte:</translation>
    </message>
    <message>
        <source>How many iterations Step N does</source>
        <translation>Wie viele Iterationen N Schritte macht</translation>
    </message>
    <message>
        <source>Step N count</source>
        <translation>Anzahl für N Schritte</translation>
    </message>
    <message>
        <source>How fast training goes: from 1 iteration a second (slow motion: the diagram and the numbers change at every iteration) to full speed. You can change it while training runs.</source>
        <translation>Wie schnell das Training läuft: von 1 Iteration pro Sekunde (Zeitlupe: Diagramm und Zahlen ändern sich bei jeder Iteration) bis zu voller Geschwindigkeit. Lässt sich auch während des Trainings ändern.</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <source>Stop at error ≤</source>
        <translation>Bis Fehler ≤</translation>
    </message>
    <message>
        <source>Also stop as soon as the error (the mean of |target − output|) is at most this value, even before the last iteration.</source>
        <translation>Auch anhalten, sobald der Fehler (der Mittelwert von |Ziel − Ausgabe|) höchstens diesen Wert hat, selbst vor der letzten Iteration.</translation>
    </message>
    <message>
        <source>Target error</source>
        <translation>Zielfehler</translation>
    </message>
    <message>
        <source>How many iterations (weight updates) the network has done so far</source>
        <translation>Wie viele Iterationen (Aktualisierungen der Gewichte) das Netz bisher gemacht hat</translation>
    </message>
    <message>
        <source>Iteration 1,000,000,000  (looking back)</source>
        <translation>Iteration 1.000.000.000  (Rückblick)</translation>
    </message>
    <message>
        <source>❚❚  Pause</source>
        <translation>❚❚  Pause</translation>
    </message>
    <message>
        <source>Pause (Ctrl+Space): stop here and keep everything; Play goes on from here</source>
        <translation>Pause (Strg+Leertaste): hier anhalten und alles behalten; Weiter macht hier weiter</translation>
    </message>
    <message>
        <source>Play (Ctrl+Space): train from where the network is now, at the chosen speed, up to Iterations</source>
        <translation>Weiter (Strg+Leertaste): von dort weitertrainieren, wo das Netz gerade ist, im gewählten Tempo, bis Iterationen</translation>
    </message>
    <message>
        <source>Iteration {number}  (looking back)</source>
        <translation>Iteration {number}  (Rückblick)</translation>
    </message>
    <message>
        <source>Iteration {number}</source>
        <translation>Iteration {number}</translation>
    </message>
    <message numerus="yes">
        <source>Do %Ln iteration(s) at the chosen speed, then pause (Shift+F6)</source>
        <translation>
            <numerusform>%Ln Iteration im gewählten Tempo machen, dann pausieren (Umschalt+F6)</numerusform>
            <numerusform>%Ln Iterationen im gewählten Tempo machen, dann pausieren (Umschalt+F6)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TypedCells</name>
    <message>
        <source>Pause training first (typed numbers are for a network standing still).</source>
        <translation>Zuerst das Training pausieren (getippte Zahlen gelten einem Netz, das stillsteht).</translation>
    </message>
    <message>
        <source>Drag History to the right end first: typed numbers are for the live network.</source>
        <translation>Zuerst den Verlauf ganz nach rechts ziehen: getippte Zahlen gelten dem aktuellen Netz.</translation>
    </message>
    <message>
        <source>Your prediction for {cell}: {value}. Now press Step.</source>
        <translation>Deine Vorhersage für {cell}: {value}. Jetzt Schritt drücken.</translation>
    </message>
    <message>
        <source>Type {cell} = {value}</source>
        <translation>{cell} = {value} tippen</translation>
    </message>
    <message>
        <source>The prediction was for the next Step: type it again and press Step.</source>
        <translation>Die Vorhersage galt dem nächsten Schritt: tippe sie noch einmal und drücke Schritt.</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <source>hidden layers</source>
        <translation>verborgene Schichten</translation>
    </message>
    <message>
        <source>iterations</source>
        <translation>Iterationen</translation>
    </message>
    <message>
        <source>learning rate</source>
        <translation>Lernrate</translation>
    </message>
    <message>
        <source>activation</source>
        <translation>Aktivierung</translation>
    </message>
    <message>
        <source>bias</source>
        <translation>Bias</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>Startwert</translation>
    </message>
    <message>
        <source>log interval</source>
        <translation>Protokollabstand</translation>
    </message>
    <message>
        <source>output</source>
        <translation>Ausgabeschicht</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>Verlustfunktion</translation>
    </message>
    <message>
        <source>L2 decay</source>
        <translation>L2-Abschwächung</translation>
    </message>
    <message>
        <source>optimizer</source>
        <translation>Optimierer</translation>
    </message>
    <message>
        <source>momentum</source>
        <translation>Momentum</translation>
    </message>
    <message>
        <source>batch size</source>
        <translation>Stapelgröße</translation>
    </message>
    <message numerus="yes">
        <source>Insert %n row(s)</source>
        <translation>
            <numerusform>%n Zeile einfügen</numerusform>
            <numerusform>%n Zeilen einfügen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n row(s)</source>
        <translation>
            <numerusform>%n Zeile entfernen</numerusform>
            <numerusform>%n Zeilen entfernen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %n row(s) as test</source>
        <translation>
            <numerusform>%n Zeile als Test markieren</numerusform>
            <numerusform>%n Zeilen als Test markieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %n row(s) as training</source>
        <translation>
            <numerusform>%n Zeile als Training markieren</numerusform>
            <numerusform>%n Zeilen als Training markieren</numerusform>
        </translation>
    </message>
    <message>
        <source>Insert input column {name}</source>
        <translation>Eingabespalte {name} einfügen</translation>
    </message>
    <message>
        <source>Insert target column {name}</source>
        <translation>Zielspalte {name} einfügen</translation>
    </message>
    <message>
        <source>Remove column {name}</source>
        <translation>Spalte {name} entfernen</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n column(s)</source>
        <translation>
            <numerusform>%n Spalte entfernen</numerusform>
            <numerusform>%n Spalten entfernen</numerusform>
        </translation>
    </message>
    <message>
        <source>Rename column {old} to {new}</source>
        <translation>Spalte {old} in {new} umbenennen</translation>
    </message>
    <message>
        <source>Make {name} an input</source>
        <translation>{name} zur Eingabe machen</translation>
    </message>
    <message>
        <source>Make {name} a target</source>
        <translation>{name} zum Ziel machen</translation>
    </message>
    <message numerus="yes">
        <source>Make %n column(s) inputs</source>
        <translation>
            <numerusform>%n Spalte zur Eingabe machen</numerusform>
            <numerusform>%n Spalten zu Eingaben machen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Make %n column(s) targets</source>
        <translation>
            <numerusform>%n Spalte zum Ziel machen</numerusform>
            <numerusform>%n Spalten zu Zielen machen</numerusform>
        </translation>
    </message>
    <message>
        <source>Change settings</source>
        <translation>Einstellungen ändern</translation>
    </message>
    <message>
        <source>Change {what}</source>
        <translation>{what} ändern</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
</context>
<context>
    <name>WindowTools</name>
    <message>
        <source>Race from here…</source>
        <translation>Wettlauf ab hier…</translation>
    </message>
    <message>
        <source>Train several branches from the state on show, each with one choice changed, side by side</source>
        <translation>Trainiert mehrere Zweige ab dem gezeigten Zustand nebeneinander, jeder mit einer geänderten Wahl</translation>
    </message>
    <message>
        <source>Loss landscape…</source>
        <translation>Fehlerlandschaft…</translation>
    </message>
    <message>
        <source>The error surface over two weights of the run on show, its path and the paths of other optimisers from the same start</source>
        <translation>Die Fehlerfläche über zwei Gewichten des gezeigten Laufs, sein Weg und die Wege anderer Optimierer vom selben Start</translation>
    </message>
    <message>
        <source>Failure atlas…</source>
        <translation>Fehleratlas…</translation>
    </message>
    <message>
        <source>Train a grid of settings and seeds and map why each run failed</source>
        <translation>Trainiert ein Raster aus Einstellungen und Startwerten und zeigt auf einer Karte, warum jeder Lauf scheiterte</translation>
    </message>
    <message>
        <source>There is no network to race: fix the table or the settings first.</source>
        <translation>Es gibt kein Netz für einen Wettlauf: Korrigiere zuerst die Tabelle oder die Einstellungen.</translation>
    </message>
    <message>
        <source>Stop training before opening a cell of the atlas.</source>
        <translation>Beende das Training, bevor du eine Zelle des Atlas öffnest.</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>This branch cannot become the current run now: the main window is training, or the run it started from is no longer in its tree.</source>
        <translation>Dieser Zweig kann jetzt nicht zum aktuellen Lauf werden: Das Hauptfenster trainiert gerade, oder der Lauf, von dem er ausging, ist nicht mehr in seinem Baum.</translation>
    </message>
</context>
</TS>

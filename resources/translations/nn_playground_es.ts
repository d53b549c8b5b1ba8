<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>Accessibility</name>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Training progress</source>
        <translation>Progreso del entrenamiento</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <source>Every keyboard shortcut of the window (Ctrl+F1)</source>
        <translation>Todos los atajos de teclado de la ventana (Ctrl+F1)</translation>
    </message>
</context>
<context>
    <name>Announcer</name>
    <message>
        <source>Training started</source>
        <translation>Entrenamiento iniciado</translation>
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
        <translation>«{text}» es demasiado grande</translation>
    </message>
    <message>
        <source>“{text}” is not a number</source>
        <translation>«{text}» no es un número</translation>
    </message>
    <message>
        <source>“{text}” is not a whole number</source>
        <translation>«{text}» no es un número entero</translation>
    </message>
    <message>
        <source>“{text}” is not a finite number</source>
        <translation>«{text}» no es un número finito</translation>
    </message>
    <message>
        <source>“{text}” has a dash with no layer size on one side; write e.g. 4-3 for two layers of 4 and 3 units</source>
        <translation>«{text}» tiene un guion sin tamaño de capa a un lado; escribe, p. ej., 4-3 para dos capas de 4 y 3 unidades</translation>
    </message>
    <message>
        <source>the {axis} axis has no values</source>
        <translation>el eje {axis} no tiene valores</translation>
    </message>
    <message>
        <source>“{text}”: write decimals with a point here (0.5), and separate values with a semicolon (0.1; 0.5)</source>
        <translation>«{text}»: escribe aquí los decimales con punto (0.5) y separa los valores con punto y coma (0.1; 0.5)</translation>
    </message>
    <message>
        <source>“{text}” has an empty value; write one value between each two commas</source>
        <translation>«{text}» tiene un valor vacío; escribe un valor entre cada dos comas</translation>
    </message>
    <message>
        <source>use 1 to {most} values</source>
        <translation>usa de 1 a {most} valores</translation>
    </message>
    <message>
        <source>“{text}”: both ends must be above 0 (the rates are spaced on a log scale)</source>
        <translation>«{text}»: ambos extremos deben ser mayores que 0 (las tasas se espacian en escala logarítmica)</translation>
    </message>
    <message>
        <source>“{text}” ends before it starts</source>
        <translation>«{text}» termina antes de empezar</translation>
    </message>
    <message>
        <source>write {example} or a list separated by commas</source>
        <translation>escribe {example} o una lista separada por comas</translation>
    </message>
</context>
<context>
    <name>AtlasCell</name>
    <message>
        <source>not computed yet</source>
        <translation>aún no calculada</translation>
    </message>
    <message>
        <source>final error {error}</source>
        <translation>error final {error}</translation>
    </message>
    <message>
        <source>test error {error}</source>
        <translation>error de prueba {error}</translation>
    </message>
    <message>
        <source>target at iteration {n}</source>
        <translation>objetivo en la iteración {n}</translation>
    </message>
    <message>
        <source>target not reached</source>
        <translation>objetivo no alcanzado</translation>
    </message>
    <message>
        <source>also: {labels}</source>
        <translation>además: {labels}</translation>
    </message>
    <message>
        <source>No atlas yet: choose two axes and press Compute.</source>
        <translation>Aún no hay atlas: elige dos ejes y pulsa Calcular.</translation>
    </message>
    <message>
        <source>{done} of {total} cells computed</source>
        <translation>{done} de {total} celdas calculadas</translation>
    </message>
    <message>
        <source>{share}% {label}</source>
        <translation>{share} % {label}</translation>
    </message>
    <message>
        <source>divergence above learning rate ≈ {rate}</source>
        <translation>divergencia por encima de la tasa de aprendizaje ≈ {rate}</translation>
    </message>
</context>
<context>
    <name>AtlasLabels</name>
    <message>
        <source>converged</source>
        <translation>convergió</translation>
    </message>
    <message>
        <source>too slow</source>
        <translation>demasiado lento</translation>
    </message>
    <message>
        <source>plateau</source>
        <translation>meseta</translation>
    </message>
    <message>
        <source>oscillating</source>
        <translation>oscilante</translation>
    </message>
    <message>
        <source>saturated</source>
        <translation>saturada</translation>
    </message>
    <message>
        <source>dead ReLUs</source>
        <translation>ReLU muertas</translation>
    </message>
    <message>
        <source>diverged</source>
        <translation>divergió</translation>
    </message>
</context>
<context>
    <name>AtlasLegend</name>
    <message>
        <source>not finite</source>
        <translation>no finito</translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>no alcanzado</translation>
    </message>
</context>
<context>
    <name>AtlasWindow</name>
    <message>
        <source>Failure atlas</source>
        <translation>Atlas de fallos</translation>
    </message>
    <message>
        <source>Across</source>
        <translation>Horizontal</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Vertical</translation>
    </message>
    <message>
        <source>Axis {n}</source>
        <translation>Eje {n}</translation>
    </message>
    <message>
        <source>Values of axis {n}</source>
        <translation>Valores del eje {n}</translation>
    </message>
    <message>
        <source>A:B:N is N values from A to B (log-spaced for the learning rate); A:B every whole number from A to B; or a list separated by commas (hidden units: 4-3 is two layers of 4 and 3; batch size: all or none is every row)</source>
        <translation>A:B:N son N valores de A a B (espaciados logarítmicamente para la tasa de aprendizaje); A:B cada número entero de A a B; o una lista separada por comas (unidades ocultas: 4-3 son dos capas de 4 y 3; tamaño de lote: all o none es cada fila)</translation>
    </message>
    <message>
        <source>Iterations</source>
        <translation>Iteraciones</translation>
    </message>
    <message>
        <source>Target error</source>
        <translation>Error objetivo</translation>
    </message>
    <message>
        <source>Colour by</source>
        <translation>Colorear por</translation>
    </message>
    <message>
        <source>▶  Compute</source>
        <translation>▶  Calcular</translation>
    </message>
    <message>
        <source>Train every cell of the grid (on the helper processes)</source>
        <translation>Entrenar cada celda de la cuadrícula (en los procesos auxiliares)</translation>
    </message>
    <message>
        <source>■  Stop</source>
        <translation>■  Detener</translation>
    </message>
    <message>
        <source>◀  Back</source>
        <translation>◀  Atrás</translation>
    </message>
    <message>
        <source>The grid before the last zoom</source>
        <translation>La cuadrícula anterior al último zoom</translation>
    </message>
    <message>
        <source>failure label</source>
        <translation>tipo de fallo</translation>
    </message>
    <message>
        <source>final error</source>
        <translation>error final</translation>
    </message>
    <message>
        <source>iterations to target</source>
        <translation>iteraciones hasta el objetivo</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Picture (PNG)…</source>
        <translation>Imagen (PNG)…</translation>
    </message>
    <message>
        <source>Drawing (SVG)…</source>
        <translation>Dibujo (SVG)…</translation>
    </message>
    <message>
        <source>Records (CSV)…</source>
        <translation>Registros (CSV)…</translation>
    </message>
    <message>
        <source>Failure atlas map</source>
        <translation>Mapa del atlas de fallos</translation>
    </message>
    <message>
        <source>No experiment to map.</source>
        <translation>No hay experimento que representar.</translation>
    </message>
    <message>
        <source>bias</source>
        <translation>sesgo</translation>
    </message>
    <message>
        <source>no bias</source>
        <translation>sin sesgo</translation>
    </message>
    <message numerus="yes">
        <source>Every cell trains this setting with the cell&apos;s values: hidden {hidden} · {activation} · {bias} · output {output} · loss {loss} · optimizer {optimizer} · %n row(s)</source>
        <translation>
            <numerusform>Cada celda entrena esta configuración con sus propios valores: ocultas {hidden} · {activation} · {bias} · salida {output} · pérdida {loss} · optimizador {optimizer} · %n fila</numerusform>
            <numerusform>Cada celda entrena esta configuración con sus propios valores: ocultas {hidden} · {activation} · {bias} · salida {output} · pérdida {loss} · optimizador {optimizer} · %n filas</numerusform>
        </translation>
    </message>
    <message>
        <source>no experiment</source>
        <translation>no hay experimento</translation>
    </message>
    <message>
        <source>choose two different axes</source>
        <translation>elige dos ejes distintos</translation>
    </message>
    <message>
        <source>Cannot compute this atlas: {problem}</source>
        <translation>No se puede calcular este atlas: {problem}</translation>
    </message>
    <message>
        <source>This atlas of {cells} cells will take {duration} (a rough estimate); press Stop to end it, or use fewer cells or iterations to make it shorter</source>
        <translation>Este atlas de {cells} celdas tardará {duration} (una estimación aproximada); pulsa Detener para terminarlo, o usa menos celdas o iteraciones para acortarlo</translation>
    </message>
    <message>
        <source>The atlas failed: {problem}</source>
        <translation>El atlas falló: {problem}</translation>
    </message>
    <message>
        <source>A helper process has not answered for {seconds} s; press Stop to end the atlas</source>
        <translation>Un proceso auxiliar no ha respondido en {seconds} s; pulsa Detener para terminar el atlas</translation>
    </message>
    <message>
        <source>final error (log)</source>
        <translation>error final (log)</translation>
    </message>
    <message>
        <source>{summary}; stopped before the end</source>
        <translation>{summary}; detenido antes del final</translation>
    </message>
    <message>
        <source>Could not write {path}: {problem}</source>
        <translation>No se pudo escribir {path}: {problem}</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Imagen PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>Dibujo SVG (*.svg)</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>Tabla CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export the atlas</source>
        <translation>Exportar el atlas</translation>
    </message>
</context>
<context>
    <name>Branches</name>
    <message>
        <source>nothing changed</source>
        <translation>nada cambiado</translation>
    </message>
    <message>
        <source>on</source>
        <translation>activado</translation>
    </message>
    <message>
        <source>off</source>
        <translation>desactivado</translation>
    </message>
    <message>
        <source>all</source>
        <translation>todas</translation>
    </message>
    <message>
        <source>settings changed</source>
        <translation>ajustes cambiados</translation>
    </message>
    <message>
        <source>{setting} {old} → {new}</source>
        <translation>{setting} {old} → {new}</translation>
    </message>
    <message>
        <source>row {row} added</source>
        <translation>fila {row} añadida</translation>
    </message>
    <message>
        <source>row {row} edited</source>
        <translation>fila {row} editada</translation>
    </message>
    <message>
        <source>{count} rows edited</source>
        <translation>{count} filas editadas</translation>
    </message>
    <message>
        <source>table edited</source>
        <translation>tabla editada</translation>
    </message>
    <message>
        <source>weight {cell} = {value}</source>
        <translation>peso {cell} = {value}</translation>
    </message>
    <message>
        <source>branched at {iteration}: {change}</source>
        <translation>ramificado en {iteration}: {change}</translation>
    </message>
</context>
<context>
    <name>CellPanel</name>
    <message>
        <source>Error of the cell</source>
        <translation>Error de la celda</translation>
    </message>
    <message>
        <source>Point at a cell to see its curve; click it (or press Enter) to open that run in the main window.</source>
        <translation>Señala una celda para ver su curva; haz clic en ella (o pulsa Intro) para abrir ese entrenamiento en la ventana principal.</translation>
    </message>
</context>
<context>
    <name>ChoicesEditor</name>
    <message>
        <source>Choice</source>
        <translation>Opción</translation>
    </message>
    <message>
        <source>Feedback for this choice</source>
        <translation>Comentario para esta opción</translation>
    </message>
    <message>
        <source>Add c&amp;hoice</source>
        <translation>Aña&amp;dir opción</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>Correcta</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Choice {n}</source>
        <translation>Opción {n}</translation>
    </message>
    <message>
        <source>Choice {n} is correct</source>
        <translation>La opción {n} es correcta</translation>
    </message>
    <message>
        <source>Feedback for choice {n}</source>
        <translation>Comentario para la opción {n}</translation>
    </message>
    <message>
        <source>optional: what the student reads after picking it</source>
        <translation>opcional: lo que lee el estudiante al elegirla</translation>
    </message>
    <message>
        <source>Move choice {n} up</source>
        <translation>Subir la opción {n}</translation>
    </message>
    <message>
        <source>Move choice {n} down</source>
        <translation>Bajar la opción {n}</translation>
    </message>
    <message>
        <source>Remove choice {n}</source>
        <translation>Quitar la opción {n}</translation>
    </message>
</context>
<context>
    <name>Classroom</name>
    <message>
        <source>Backprop inspector: every number of one iteration</source>
        <translation>Inspector de retropropagación: cada número de una iteración</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Inspector</translation>
    </message>
    <message>
        <source>Show or hide the backprop inspector (Ctrl+I): every matrix of the current iteration, with the notebook&apos;s names and NumPy lines</source>
        <translation>Mostrar u ocultar el inspector de retropropagación (Ctrl+I): cada matriz de la iteración actual, con los nombres y las líneas de NumPy del cuaderno</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>⚄  New seed</source>
        <translation>⚄  Nueva semilla</translation>
    </message>
    <message>
        <source>Pick a new random seed: different starting weights (shown in the Seed field). Reset always goes back to the starting weights of the seed shown.</source>
        <translation>Elegir una nueva semilla aleatoria: pesos iniciales distintos (se muestra en el campo Semilla). Reiniciar siempre vuelve a los pesos iniciales de la semilla mostrada.</translation>
    </message>
    <message>
        <source>Forget the training: back to the starting weights of this seed (the same ones every time)</source>
        <translation>Olvidar el entrenamiento: volver a los pesos iniciales de esta semilla (siempre los mismos)</translation>
    </message>
    <message>
        <source>Stop training now (Esc); the weights learnt so far are kept and Play goes on from them</source>
        <translation>Detener ahora el entrenamiento (Esc); se conservan los pesos aprendidos y Seguir sigue desde ellos</translation>
    </message>
    <message>
        <source>Remove the faded curves of earlier runs from the error plot</source>
        <translation>Quitar de la gráfica del error las curvas tenues de entrenamientos anteriores</translation>
    </message>
    <message>
        <source>Presentation mode</source>
        <translation>Modo presentación</translation>
    </message>
    <message>
        <source>Presentation mode (F9): everything larger, to read from the back of a room. Ctrl+ and Ctrl− change the size, Ctrl+0 goes back to normal.</source>
        <translation>Modo presentación (F9): todo más grande, para leerlo desde el fondo del aula. Ctrl+ y Ctrl− cambian el tamaño, Ctrl+0 vuelve al normal.</translation>
    </message>
    <message>
        <source>Larger</source>
        <translation>Más grande</translation>
    </message>
    <message>
        <source>Smaller</source>
        <translation>Más pequeño</translation>
    </message>
    <message>
        <source>Normal size</source>
        <translation>Tamaño normal</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Pantalla completa</translation>
    </message>
    <message>
        <source>Fill the whole screen (F11)</source>
        <translation>Ocupar toda la pantalla (F11)</translation>
    </message>
    <message>
        <source>What the network does in each iteration, in the names the app uses (F1)</source>
        <translation>Qué hace la red en cada iteración, con los nombres que usa la aplicación (F1)</translation>
    </message>
    <message>
        <source>Ctrl+</source>
        <translation>Ctrl+</translation>
    </message>
    <message>
        <source>Ctrl−</source>
        <translation>Ctrl−</translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <source>{action} text and lines, for a projector ({keys})</source>
        <translation>{action}: texto y líneas, para un proyector ({keys})</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>The run has done its {number} iterations. Raise Iterations and press Play to go on, or press Train to start again from the seed.</source>
        <translation>El entrenamiento ya hizo sus {number} iteraciones. Sube Iteraciones y pulsa Seguir para seguir, o pulsa Entrenar para empezar de nuevo desde la semilla.</translation>
    </message>
</context>
<context>
    <name>ControlsPanel</name>
    <message>
        <source>e.g. 4,3</source>
        <translation>p. ej. 4,3</translation>
    </message>
    <message>
        <source>Hidden layer sizes</source>
        <translation>Tamaños de las capas ocultas</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Avanzado</translation>
    </message>
    <message>
        <source>Beyond the notebook: the output layer and its loss, weight decay, the optimiser and mini-batches</source>
        <translation>Después del cuaderno: la capa de salida y su pérdida, el decaimiento de pesos, el optimizador y los mini-lotes</translation>
    </message>
    <message>
        <source>{problem} (leaving the field keeps {value})</source>
        <translation>{problem} (al salir del campo se queda en {value})</translation>
    </message>
    <message>
        <source>Hidden layers: {problem}</source>
        <translation>Capas ocultas: {problem}</translation>
    </message>
</context>
<context>
    <name>Core</name>
    <message>
        <source>Untitled</source>
        <translation>Sin título</translation>
    </message>
    <message>
        <source>original: not a usable file name, so the work is recovered as Untitled</source>
        <translation>original: no es un nombre de archivo utilizable, así que el trabajo se recupera como Sin título</translation>
    </message>
    <message>
        <source>saved_at: not a usable time</source>
        <translation>saved_at: no es una hora utilizable</translation>
    </message>
    <message>
        <source>{value!r} is not a finite number</source>
        <translation>{value!r} no es un número finito</translation>
    </message>
    <message>
        <source>{value!r} is not a number</source>
        <translation>{value!r} no es un número</translation>
    </message>
    <message>
        <source>an empty cell is not a number</source>
        <translation>una celda vacía no es un número</translation>
    </message>
    <message>
        <source>{text!r} is not a number (use a point for decimals: {fixed})</source>
        <translation>{text!r} no es un número (usa un punto para los decimales: {fixed})</translation>
    </message>
    <message>
        <source>{text!r} is not a number (write numbers with the digits 0 to 9)</source>
        <translation>{text!r} no es un número (escribe los números con las cifras del 0 al 9)</translation>
    </message>
    <message>
        <source>{value} is not a finite number</source>
        <translation>{value} no es un número finito</translation>
    </message>
    <message>
        <source>{text!r} is too large to be a finite number</source>
        <translation>{text!r} es demasiado grande para ser un número finito</translation>
    </message>
    <message>
        <source>not a finite number</source>
        <translation>no es un número finito</translation>
    </message>
    <message>
        <source>magnitude above {limit:g}</source>
        <translation>magnitud mayor que {limit:g}</translation>
    </message>
    <message>
        <source>targets must lie between 0 and 1 (the output is a {output})</source>
        <translation>los objetivos deben estar entre 0 y 1 (la salida es una {output})</translation>
    </message>
    <message>
        <source>column name is empty</source>
        <translation>el nombre de columna está vacío</translation>
    </message>
    <message>
        <source>column name {name!r} contains a control character</source>
        <translation>el nombre de columna {name!r} contiene un carácter de control</translation>
    </message>
    <message>
        <source>column name {name!r} is not valid Unicode (a lone surrogate at character {n})</source>
        <translation>el nombre de columna {name!r} no es Unicode válido (un sustituto suelto en el carácter {n})</translation>
    </message>
    <message>
        <source>column name {name!r} has leading or trailing spaces</source>
        <translation>el nombre de columna {name!r} tiene espacios al principio o al final</translation>
    </message>
    <message>
        <source>column name {name!r} is used twice</source>
        <translation>el nombre de columna {name!r} está repetido</translation>
    </message>
    <message>
        <source>the dataset needs at least one input column</source>
        <translation>la tabla necesita al menos una columna de entrada</translation>
    </message>
    <message>
        <source>the dataset needs at least one target column</source>
        <translation>la tabla necesita al menos una columna objetivo</translation>
    </message>
    <message>
        <source>the dataset has no rows</source>
        <translation>la tabla no tiene filas</translation>
    </message>
    <message>
        <source>every row is marked test; keep at least one training row</source>
        <translation>todas las filas están marcadas de prueba; deja al menos una fila de entrenamiento</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>no válido</translation>
    </message>
    <message>
        <source>line {line}, column {column} ({name!r}): {reason}</source>
        <translation>línea {line}, columna {column} ({name!r}): {reason}</translation>
    </message>
    <message>
        <source>{source}: {problem}</source>
        <translation>{source}: {problem}</translation>
    </message>
    <message>
        <source>{source}: line {line}, column {column} ({name!r})</source>
        <translation>{source}: línea {line}, columna {column} ({name!r})</translation>
    </message>
    <message>
        <source>{problem} (the first line should hold the column names)</source>
        <translation>{problem} (la primera línea debería contener los nombres de columna)</translation>
    </message>
    <message>
        <source>document</source>
        <translation>documento</translation>
    </message>
    <message>
        <source>{name} is too large (more than {limit:,} bytes, the limit)</source>
        <translation>{name} es demasiado grande (más de {limit:,} bytes, el límite)</translation>
    </message>
    <message>
        <source>{name} does not look like a UTF-8 text file (byte {byte})</source>
        <translation>{name} no parece un archivo de texto UTF-8 (byte {byte})</translation>
    </message>
    <message>
        <source>{source}: the file has more than {limit:,} rows (the limit)</source>
        <translation>{source}: el archivo tiene más de {limit:,} filas (el límite)</translation>
    </message>
    <message>
        <source>(and {n} more problems)</source>
        <translation>(y {n} problemas más)</translation>
    </message>
    <message>
        <source>{source}: the file is empty (expected a header row of column names)</source>
        <translation>{source}: el archivo está vacío (se esperaba una cabecera con los nombres de columna)</translation>
    </message>
    <message>
        <source>{source}: the header has {n:,} columns; the limit is {limit}</source>
        <translation>{source}: la cabecera tiene {n:,} columnas; el límite es {limit}</translation>
    </message>
    <message>
        <source>{source}: the file has {n:,} rows; the limit is {limit:,}</source>
        <translation>{source}: el archivo tiene {n:,} filas; el límite es {limit:,}</translation>
    </message>
    <message>
        <source>{source}: the file has a header but no rows of numbers</source>
        <translation>{source}: el archivo tiene cabecera pero ninguna fila de números</translation>
    </message>
    <message>
        <source>{where}: {cell!r} is not a number</source>
        <translation>{where}: {cell!r} no es un número</translation>
    </message>
    <message>
        <source>line 1, column {column}: {reason}</source>
        <translation>línea 1, columna {column}: {reason}</translation>
    </message>
    <message>
        <source>expected an object, got {kind}</source>
        <translation>se esperaba un objeto, se encontró {kind}</translation>
    </message>
    <message>
        <source>expected a whole number, got {kind}</source>
        <translation>se esperaba un número entero, se encontró {kind}</translation>
    </message>
    <message>
        <source>expected {what}, got {kind}</source>
        <translation>se esperaba {what}, se encontró {kind}</translation>
    </message>
    <message>
        <source>the number is too large</source>
        <translation>el número es demasiado grande</translation>
    </message>
    <message>
        <source>the dataset has no columns</source>
        <translation>el conjunto de datos no tiene columnas</translation>
    </message>
    <message>
        <source>{n:,} columns; the limit is {limit}</source>
        <translation>{n:,} columnas; el límite es {limit}</translation>
    </message>
    <message>
        <source>{n:,} rows; the limit is {limit:,}</source>
        <translation>{n:,} filas; el límite es {limit:,}</translation>
    </message>
    <message>
        <source>row index {row} is past the last row ({last})</source>
        <translation>el índice de fila {row} está más allá de la última fila ({last})</translation>
    </message>
    <message>
        <source>dataset.rows[{row}][{column}] (column {name!r})</source>
        <translation>dataset.rows[{row}][{column}] (columna {name!r})</translation>
    </message>
    <message>
        <source>the {optimizer} optimizer needs {slots}; {slot!r} is missing</source>
        <translation>el optimizador {optimizer} necesita {slots}; falta {slot!r}</translation>
    </message>
    <message>
        <source>cannot read {name}: {reason}</source>
        <translation>no se puede leer {name}: {reason}</translation>
    </message>
    <message>
        <source>{source}: line {line} has {cells} cells, the header has {names}</source>
        <translation>{source}: la línea {line} tiene {cells} celdas, la cabecera tiene {names}</translation>
    </message>
    <message>
        <source>{where}: {cell!r} is not a finite number</source>
        <translation>{where}: {cell!r} no es un número finito</translation>
    </message>
    <message>
        <source>{where}: the cell is empty</source>
        <translation>{where}: la celda está vacía</translation>
    </message>
    <message>
        <source>{where}: {cell!r} is not a number (write decimals with a point)</source>
        <translation>{where}: {cell!r} no es un número (escribe los decimales con punto)</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>una cadena de texto</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true o false</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>una lista</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objeto</translation>
    </message>
    <message>
        <source>expected a number, got {kind}</source>
        <translation>se esperaba un número, se encontró {kind}</translation>
    </message>
    <message>
        <source>{v} is out of range</source>
        <translation>{v} está fuera del rango permitido</translation>
    </message>
    <message>
        <source>expected a list, got {kind}</source>
        <translation>se esperaba una lista, se encontró {kind}</translation>
    </message>
    <message>
        <source>expected {n} items, got {got}</source>
        <translation>se esperaban {n} elementos, se encontraron {got}</translation>
    </message>
    <message>
        <source>expected &apos;input&apos; or &apos;target&apos;, got {role!r}</source>
        <translation>se esperaba &apos;input&apos; o &apos;target&apos;, se encontró {role!r}</translation>
    </message>
    <message>
        <source>iteration {iteration:,} is not before iterations_done ({done:,})</source>
        <translation>la iteración {iteration:,} no es anterior a iterations_done ({done:,})</translation>
    </message>
    <message>
        <source>the {optimizer} optimizer keeps no state {slot!r}</source>
        <translation>el optimizador {optimizer} no tiene ningún estado {slot!r}</translation>
    </message>
    <message>
        <source>expected a list of {n} arrays</source>
        <translation>se esperaba una lista de {n} matrices</translation>
    </message>
    <message>
        <source>Adam&apos;s running average of squared gradients cannot be negative, got {value:g}</source>
        <translation>la media móvil de los gradientes al cuadrado de Adam no puede ser negativa, se encontró {value:g}</translation>
    </message>
    <message>
        <source>the network of these settings cannot take this state ({problem})</source>
        <translation>la red de estos ajustes no puede tomar este estado ({problem})</translation>
    </message>
    <message>
        <source>{name} is too large ({size:,} bytes; the limit is {limit:,})</source>
        <translation>{name} es demasiado grande ({size:,} bytes; el límite es {limit:,})</translation>
    </message>
    <message>
        <source>the expression has {n:,} characters; the limit is {limit:,}</source>
        <translation>la regla tiene {n:,} caracteres; el límite es {limit:,}</translation>
    </message>
    <message>
        <source>about a minute</source>
        <translation>aproximadamente un minuto</translation>
    </message>
    <message>
        <source>this training of {iterations:,} iterations on {rows:,} rows (layers {layers}) will take {duration} (a rough estimate); fewer iterations, fewer rows or smaller hidden layers make it shorter</source>
        <translation>este entrenamiento de {iterations:,} iteraciones sobre {rows:,} filas (capas {layers}) tardará {duration} (una estimación aproximada); menos iteraciones, menos filas o capas ocultas más pequeñas lo acortan</translation>
    </message>
    <message>
        <source>about {n:,} days</source>
        <translation>aproximadamente {n:,} días</translation>
    </message>
    <message>
        <source>about {n:,} hours</source>
        <translation>aproximadamente {n:,} horas</translation>
    </message>
    <message>
        <source>about {n:,} minutes</source>
        <translation>aproximadamente {n:,} minutos</translation>
    </message>
    <message>
        <source>this training would need about {need} of memory ({rows:,} rows x {units:,} units, widest layer {widest}); the limit is {limit}: use fewer rows or smaller hidden layers</source>
        <translation>este entrenamiento necesitaría unos {need} de memoria ({rows:,} filas x {units:,} unidades, capa más ancha {widest}); el límite es {limit}: usa menos filas o capas ocultas más pequeñas</translation>
    </message>
    <message>
        <source>column name {start!r}... is {n:,} characters long; the limit is {limit:,}</source>
        <translation>el nombre de columna {start!r}... tiene {n:,} caracteres; el límite es {limit:,}</translation>
    </message>
    <message>
        <source>cannot save {name}: {reason}</source>
        <translation>no se puede guardar {name}: {reason}</translation>
    </message>
    <message>
        <source>Nothing can be changed while training (press Stop first)</source>
        <translation>No se puede cambiar nada mientras se entrena (pulsa Detener primero)</translation>
    </message>
    <message>
        <source>The lesson keeps the table as it is</source>
        <translation>La lección mantiene la tabla tal como está</translation>
    </message>
    <message>
        <source>The lesson keeps the {setting} as it is</source>
        <translation>La lección mantiene el ajuste {setting} tal como está</translation>
    </message>
    <message>
        <source>the expression is empty</source>
        <translation>la regla está vacía</translation>
    </message>
    <message>
        <source>unexpected {found!r}</source>
        <translation>inesperado: {found!r}</translation>
    </message>
    <message>
        <source>expected an operator or the end of the expression</source>
        <translation>se esperaba un operador o el final de la regla</translation>
    </message>
    <message>
        <source>the result in row {row} is not a finite number ({value})</source>
        <translation>el resultado de la fila {row} no es un número finito ({value})</translation>
    </message>
    <message>
        <source>row {row} gives {value:g}, but targets must lie between 0 and 1 (a comparison such as &apos;a + b &gt;= 1&apos; gives 0 or 1)</source>
        <translation>la fila {row} da {value:g}, pero los objetivos deben estar entre 0 y 1 (una comparación como &apos;a + b &gt;= 1&apos; da 0 o 1)</translation>
    </message>
    <message>
        <source>unexpected character {char!r}</source>
        <translation>carácter inesperado {char!r}</translation>
    </message>
    <message>
        <source>the expression nests more than {depth} deep</source>
        <translation>la regla anida más de {depth} niveles</translation>
    </message>
    <message>
        <source>expected a name, number or &apos;(&apos; but found the end</source>
        <translation>se esperaba un nombre, un número o &apos;(&apos; pero la regla terminó</translation>
    </message>
    <message>
        <source>expected a name, number or &apos;(&apos; but found {found!r}</source>
        <translation>se esperaba un nombre, un número o &apos;(&apos; pero se encontró {found!r}</translation>
    </message>
    <message>
        <source>known names: {names}</source>
        <translation>nombres conocidos: {names}</translation>
    </message>
    <message>
        <source>there are no input columns</source>
        <translation>no hay columnas de entrada</translation>
    </message>
    <message>
        <source>did you mean {name!r}? {known}</source>
        <translation>¿querías decir {name!r}? {known}</translation>
    </message>
    <message>
        <source>unknown name {name!r}</source>
        <translation>nombre desconocido {name!r}</translation>
    </message>
    <message>
        <source>division by zero in row {row}</source>
        <translation>división por cero en la fila {row}</translation>
    </message>
    <message>
        <source>expected &apos;)&apos;</source>
        <translation>se esperaba &apos;)&apos;</translation>
    </message>
    <message>
        <source>expected &apos;)&apos; but found {found!r}</source>
        <translation>se esperaba &apos;)&apos; pero se encontró {found!r}</translation>
    </message>
    <message>
        <source>something else</source>
        <translation>otra cosa</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>permiso denegado</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>no existe tal archivo o carpeta</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>es una carpeta</translation>
    </message>
    <message>
        <source>a part of the path is not a folder</source>
        <translation>una parte de la ruta no es una carpeta</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>el disco está lleno</translation>
    </message>
    <message>
        <source>the disk quota is used up</source>
        <translation>la cuota de disco está agotada</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>el disco es de solo lectura</translation>
    </message>
    <message>
        <source>the name is too long</source>
        <translation>el nombre es demasiado largo</translation>
    </message>
    <message>
        <source>too many symbolic links</source>
        <translation>demasiados enlaces simbólicos</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>una carpeta</translation>
    </message>
    <message>
        <source>a FIFO (named pipe)</source>
        <translation>un FIFO (tubería con nombre)</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>un dispositivo</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>un socket</translation>
    </message>
    <message>
        <source>it is {what}, not a regular file</source>
        <translation>es {what}, no un archivo normal</translation>
    </message>
    <message>
        <source>{what}: the learning rate is too large for {rows:,} rows. Each update adds up one step per row, so lr {lr:g} moves the weights as far as lr {step:g} would on one row. Try a learning rate of {proposed:g}.</source>
        <translation>{what}: la tasa de aprendizaje es demasiado grande para {rows:,} filas. Cada cambio suma un paso por fila, así que lr {lr:g} mueve los pesos tanto como lr {step:g} con una fila. Prueba una tasa de aprendizaje de {proposed:g}.</translation>
    </message>
    <message>
        <source>The error rose</source>
        <translation>El error subió</translation>
    </message>
    <message>
        <source>{what}: the learning rate is too large for Adam, which moves every weight by about the learning rate at each update, whatever the number of rows. Try a learning rate of {proposed:g}.</source>
        <translation>{what}: la tasa de aprendizaje es demasiado grande para Adam, que mueve cada peso en cada cambio más o menos la tasa de aprendizaje, sea cual sea el número de filas. Prueba una tasa de aprendizaje de {proposed:g}.</translation>
    </message>
    <message>
        <source>{what}: the learning rate is too large for mini-batches of {rows:,} rows. Each update adds up one step per row of its batch, so lr {lr:g} moves the weights as far as lr {step:g} would on one row. Try a learning rate of {proposed:g}.</source>
        <translation>{what}: la tasa de aprendizaje es demasiado grande para mini-lotes de {rows:,} filas. Cada cambio suma un paso por fila de su lote, así que lr {lr:g} mueve los pesos tanto como lr {step:g} con una fila. Prueba una tasa de aprendizaje de {proposed:g}.</translation>
    </message>
    <message>
        <source>The error swings up and down</source>
        <translation>El error oscila arriba y abajo</translation>
    </message>
    <message>
        <source>The error stopped falling at {error:.3g}</source>
        <translation>El error dejó de bajar en {error:.3g}</translation>
    </message>
    <message>
        <source>The inputs: one row per example of the table, one column per input.</source>
        <translation>Las entradas: una fila por ejemplo de la tabla, una columna por entrada.</translation>
    </message>
    <message>
        <source>y  (the targets)</source>
        <translation>y  (los objetivos)</translation>
    </message>
    <message>
        <source>What the output should be: the target columns of the table.</source>
        <translation>Lo que la salida debería ser: las columnas objetivo de la tabla.</translation>
    </message>
    <message>
        <source>How far off the output is: target minus output. Error: prints mean(abs({name})).</source>
        <translation>Cuánto se desvía la salida: objetivo menos salida. Error: imprime mean(abs({name})).</translation>
    </message>
    <message>
        <source>{syn}  (weights from {a} to {b})</source>
        <translation>{syn}  (pesos de {a} a {b})</translation>
    </message>
    <message>
        <source>The outputs of output for every example: the weighted sum of layer {k}, squashed.</source>
        <translation>Las salidas de la capa de salida para cada ejemplo: la suma ponderada de la capa {k}, comprimida.</translation>
    </message>
    <message>
        <source>The outputs of hidden layer {layer} for every example: the weighted sum of layer {k}, squashed.</source>
        <translation>Las salidas de la capa oculta {layer} para cada ejemplo: la suma ponderada de la capa {k}, comprimida.</translation>
    </message>
    <message>
        <source>The error times the slope of the sigmoid: confident outputs (near 0 or 1) change little.</source>
        <translation>El error por la pendiente de la sigmoide: las salidas seguras (cerca de 0 o 1) cambian poco.</translation>
    </message>
    <message>
        <source>With cross-entropy the sigmoid&apos;s slope l*(1-l) cancels out of the gradient: the delta is the error itself, so an output that is sure and wrong (near 0 or 1) still learns fast.</source>
        <translation>Con entropía cruzada la pendiente l*(1-l) de la sigmoide se cancela en el gradiente: el delta es el propio error, así que una salida segura y equivocada (cerca de 0 o 1) aprende rápido igualmente.</translation>
    </message>
    <message>
        <source>Softmax with cross-entropy: the delta is the error itself, one column per class.</source>
        <translation>Softmax con entropía cruzada: el delta es el propio error, una columna por clase.</translation>
    </message>
    <message>
        <source>A linear output with squared error has slope 1: the delta is the error itself.</source>
        <translation>Una salida lineal con error cuadrático tiene pendiente 1: el delta es el propio error.</translation>
    </message>
    <message>
        <source>{delta} = {error}  # {loss}: no slope factor</source>
        <translation>{delta} = {error}  # {loss}: sin factor de pendiente</translation>
    </message>
    <message>
        <source>How much each unit of layer {k} is to blame: layer {next}&apos;s delta sent back along {syn}.</source>
        <translation>Cuánta culpa tiene cada unidad de la capa {k}: el delta de la capa {next}, enviado hacia atrás por {syn}.</translation>
    </message>
    <message>
        <source>Layer {k}&apos;s blame times the slope of its activation.</source>
        <translation>La culpa de la capa {k} por la pendiente de su activación.</translation>
    </message>
    <message>
        <source>The weights from layer {k} to layer {next}: row i, column j connects unit i to unit j.</source>
        <translation>Los pesos de la capa {k} a la capa {next}: la fila i, columna j une la unidad i con la unidad j.</translation>
    </message>
    <message>
        <source>The weights from layer {k} to layer {next}: row i, column j connects unit i to unit j. The last row is the bias b{next}: the weight from a constant 1.</source>
        <translation>Los pesos de la capa {k} a la capa {next}: la fila i, columna j une la unidad i con la unidad j. La última fila es el sesgo b{next}: el peso desde un 1 constante.</translation>
    </message>
    <message>
        <source>Momentum&apos;s running sum of {syn}&apos;s update directions (mu = {mu:g}), after this iteration: steps that keep pointing the same way add up.</source>
        <translation>La suma acumulada del momento de las direcciones de cambio de {syn} (mu = {mu:g}), tras esta iteración: los pasos que apuntan siempre igual se suman.</translation>
    </message>
    <message>
        <source>Adam&apos;s running average of {syn}&apos;s update direction, after this iteration.</source>
        <translation>La media móvil de Adam de la dirección de cambio de {syn}, tras esta iteración.</translation>
    </message>
    <message>
        <source>Adam&apos;s running average of the squared direction: large for weights whose gradients are large, so their steps are scaled down.</source>
        <translation>La media móvil de Adam de la dirección al cuadrado: grande para los pesos con gradientes grandes, cuyos pasos se reducen por ello.</translation>
    </message>
    <message>
        <source>What this iteration adds to {syn}: for each weight, the sum over the examples of (the input it carries) × (the delta where it arrives).</source>
        <translation>Lo que esta iteración suma a {syn}: para cada peso, la suma sobre los ejemplos de (la entrada que lleva) × (el delta donde llega).</translation>
    </message>
    <message>
        <source>What this iteration adds to {syn}: for each weight, the sum over the examples of (the input it carries) × (the delta where it arrives), times the learning rate {lr:g}.</source>
        <translation>Lo que esta iteración suma a {syn}: para cada peso, la suma sobre los ejemplos de (la entrada que lleva) × (el delta donde llega), por la tasa de aprendizaje {lr:g}.</translation>
    </message>
    <message>
        <source>The optimiser&apos;s running value {slot} for {syn}, after this iteration.</source>
        <translation>El valor acumulado {slot} del optimizador para {syn}, después de esta iteración.</translation>
    </message>
    <message>
        <source>line {line}, column {column}</source>
        <translation>línea {line}, columna {column}</translation>
    </message>
    <message>
        <source>Expecting value</source>
        <translation>se esperaba un valor</translation>
    </message>
    <message>
        <source>Expecting &apos;,&apos; delimiter</source>
        <translation>se esperaba el separador &apos;,&apos;</translation>
    </message>
    <message>
        <source>Expecting &apos;:&apos; delimiter</source>
        <translation>se esperaba el separador &apos;:&apos;</translation>
    </message>
    <message>
        <source>Expecting property name enclosed in double quotes</source>
        <translation>se esperaba un nombre de clave entre comillas dobles</translation>
    </message>
    <message>
        <source>Unterminated string starting at</source>
        <translation>cadena sin terminar que empieza en</translation>
    </message>
    <message>
        <source>Invalid control character at</source>
        <translation>carácter de control no válido en</translation>
    </message>
    <message>
        <source>Invalid \escape</source>
        <translation>secuencia de escape \ no válida</translation>
    </message>
    <message>
        <source>Invalid \uXXXX escape</source>
        <translation>secuencia de escape \uXXXX no válida</translation>
    </message>
    <message>
        <source>Extra data</source>
        <translation>datos de más tras el final</translation>
    </message>
    <message>
        <source>Illegal trailing comma before end of object</source>
        <translation>coma no permitida antes del final del objeto</translation>
    </message>
    <message>
        <source>Illegal trailing comma before end of array</source>
        <translation>coma no permitida antes del final de la lista</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un número</translation>
    </message>
    <message>
        <source>{path}: {reason}</source>
        <translation>{path}: {reason}</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>falta</translation>
    </message>
    <message>
        <source>not an NN Playground {what} (expected {expected!r}, got {got}){hint}</source>
        <translation>no es un {what} de NN Playground (se esperaba {expected!r}, se encontró {got}){hint}</translation>
    </message>
    <message>
        <source>made by a newer NN Playground ({word} {found}); this one reads version {version}</source>
        <translation>creado por un NN Playground más reciente ({word} {found}); este lee la versión {version}</translation>
    </message>
    <message>
        <source>unknown version {found}; this one reads version {version}</source>
        <translation>versión desconocida {found}; este NN Playground lee la versión {version}</translation>
    </message>
    <message>
        <source>line {line}, column {column}: {reason} (not valid JSON)</source>
        <translation>línea {line}, columna {column}: {reason} (no es JSON válido)</translation>
    </message>
    <message>
        <source>the JSON is nested too deeply</source>
        <translation>el JSON está anidado a demasiada profundidad</translation>
    </message>
    <message>
        <source>the key {key} appears twice in one object (the object with {keys}); which one is meant?</source>
        <translation>la clave {key} aparece dos veces en un objeto (el objeto con {keys}); ¿cuál se quiere decir?</translation>
    </message>
    <message>
        <source>a number with too many digits (too long to be a number here)</source>
        <translation>un número con demasiadas cifras (demasiado largo para ser un número aquí)</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <source>{place}: a number with {n:,} digits (too long to be a number here)</source>
        <translation>{place}: un número con {n:,} cifras (demasiado largo para ser un número aquí)</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>unidades ocultas</translation>
    </message>
    <message>
        <source>iterations</source>
        <translation>iteraciones</translation>
    </message>
    <message>
        <source>learning rate</source>
        <translation>tasa de aprendizaje</translation>
    </message>
    <message>
        <source>activation</source>
        <translation>activación</translation>
    </message>
    <message>
        <source>bias</source>
        <translation>sesgo</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>semilla</translation>
    </message>
    <message>
        <source>log every</source>
        <translation>intervalo de registro</translation>
    </message>
    <message>
        <source>output</source>
        <translation>capa de salida</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>función de pérdida</translation>
    </message>
    <message>
        <source>optimizer</source>
        <translation>optimizador</translation>
    </message>
    <message>
        <source>momentum</source>
        <translation>momento</translation>
    </message>
    <message>
        <source>batch size</source>
        <translation>tamaño de lote</translation>
    </message>
    <message>
        <source>hidden units</source>
        <translation>unidades ocultas</translation>
    </message>
    <message>
        <source>held-out fraction</source>
        <translation>fracción reservada</translation>
    </message>
    <message>
        <source>the {axis} axis has no values</source>
        <translation>el eje {axis} no tiene valores</translation>
    </message>
    <message>
        <source>a seed is a whole number from 0 to {most}, got {value}</source>
        <translation>una semilla es un número entero de 0 a {most}, se encontró {value}</translation>
    </message>
    <message>
        <source>a held-out fraction is between 0 and 1, got {value}</source>
        <translation>una fracción reservada está entre 0 y 1, se encontró {value}</translation>
    </message>
    <message>
        <source>{n:,} cells is more than an atlas computes ({most:,}); use fewer values</source>
        <translation>{n:,} celdas son más de las que calcula un atlas ({most:,}); usa menos valores</translation>
    </message>
    <message>
        <source>this atlas of {n:,} cells ({shape}) would need about {need} of memory (the limit for an atlas is {limit}); use fewer cells, fewer rows or a smaller network</source>
        <translation>este atlas de {n:,} celdas ({shape}) necesitaría unos {need} de memoria (el límite de un atlas es {limit}); usa menos celdas, menos filas o una red más pequeña</translation>
    </message>
    <message>
        <source>the {axis} axis repeats a value ({value})</source>
        <translation>el eje {axis} repite un valor ({value})</translation>
    </message>
    <message>
        <source>{axis} axis: {problem}</source>
        <translation>eje {axis}: {problem}</translation>
    </message>
    <message>
        <source>every row would be a test row; keep at least one training row</source>
        <translation>todas las filas serían filas de prueba; deja al menos una fila de entrenamiento</translation>
    </message>
    <message>
        <source>{low} and at most {high:g}</source>
        <translation>{low} y como mucho {high:g}</translation>
    </message>
    <message>
        <source>{label} must be {range}, got {value}</source>
        <translation>{label} debe ser {range}, no {value}</translation>
    </message>
    <message>
        <source>hidden layers</source>
        <translation>capas ocultas</translation>
    </message>
    <message>
        <source>log interval</source>
        <translation>intervalo de registro</translation>
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
        <translation>entre {low:g} y {high:g}</translation>
    </message>
    <message>
        <source>above {low:g}</source>
        <translation>mayor que {low:g}</translation>
    </message>
    <message>
        <source>at least {low:g}</source>
        <translation>al menos {low:g}</translation>
    </message>
    <message>
        <source>{low} and below {high:g}</source>
        <translation>{low} y menor que {high:g}</translation>
    </message>
    <message>
        <source>{label} must be a number, got {value}</source>
        <translation>{label} debe ser un número, no {value}</translation>
    </message>
    <message>
        <source>{label} must be a finite number, got {value}</source>
        <translation>{label} debe ser un número finito, no {value}</translation>
    </message>
    <message>
        <source>{label} must be between {low:,} and {high:,}, got {value}</source>
        <translation>{label} debe estar entre {low:,} y {high:,}, no {value}</translation>
    </message>
    <message>
        <source>{label} must be between {low:g} and {high:g}, got {value}</source>
        <translation>{label} debe estar entre {low:g} y {high:g}, no {value}</translation>
    </message>
    <message>
        <source>no layer sizes given; write e.g. 4 or 4,3, or 0 for no hidden layer</source>
        <translation>no hay tamaños de capa; escribe p. ej. 4 o 4,3, o 0 para ninguna capa oculta</translation>
    </message>
    <message>
        <source>at most {most} hidden layers</source>
        <translation>como mucho {most} capas ocultas</translation>
    </message>
    <message>
        <source>{n:,}</source>
        <translation>{n:,}</translation>
    </message>
    <message>
        <source>-a number of {n:,} digits</source>
        <translation>-un número de {n:,} cifras</translation>
    </message>
    <message>
        <source>a number of {n:,} digits</source>
        <translation>un número de {n:,} cifras</translation>
    </message>
    <message>
        <source>at most {most} hidden layers, got {n}</source>
        <translation>como mucho {most} capas ocultas, no {n}</translation>
    </message>
    <message>
        <source>hidden layer {i} has {n} units; use {low} to {high}</source>
        <translation>la capa oculta {i} tiene {n} unidades; usa de {low} a {high}</translation>
    </message>
    <message>
        <source>unknown {label} {value}; choose one of {choices}</source>
        <translation>valor desconocido para {label}: {value}; elige uno de {choices}</translation>
    </message>
    <message>
        <source>{label}: expected true or false, got {value}</source>
        <translation>{label}: se esperaba verdadero o falso, no {value}</translation>
    </message>
    <message>
        <source>{label} must be a whole number, got {value}</source>
        <translation>{label} debe ser un número entero, no {value}</translation>
    </message>
    <message>
        <source>{label} {value} has more decimals than a setting keeps ({decimals}); use at least {least:g}</source>
        <translation>{label} {value} tiene más decimales de los que guarda un ajuste ({decimals}); usa al menos {least:g}</translation>
    </message>
    <message>
        <source>{label} must be at least {low:,}, got {value}</source>
        <translation>{label} debe ser al menos {low:,}, no {value}</translation>
    </message>
    <message>
        <source>logging every {every} of {n:,} iterations would log more than {most:,} lines; log less often</source>
        <translation>registrar cada {every} de {n:,} iteraciones daría más de {most:,} líneas; registra con menos frecuencia</translation>
    </message>
    <message>
        <source>{text}: separate the layers with commas (4,3) or with dashes (4-3), not both</source>
        <translation>{text}: separa las capas con comas (4,3) o con guiones (4-3), no con ambos</translation>
    </message>
    <message>
        <source>{text} has a dash with no layer size on one side; write e.g. 4-3 for two layers of 4 and 3 units</source>
        <translation>{text} tiene un guion sin tamaño de capa en un lado; escribe p. ej. 4-3 para dos capas de 4 y 3 unidades</translation>
    </message>
    <message>
        <source>{text} has an empty layer size between two commas; write e.g. 4,3 for two layers of 4 and 3 units</source>
        <translation>{text} tiene un tamaño de capa vacío entre dos comas; escribe p. ej. 4,3 para dos capas de 4 y 3 unidades</translation>
    </message>
    <message>
        <source>hidden layer {i}: {text} is not a whole number</source>
        <translation>capa oculta {i}: {text} no es un número entero</translation>
    </message>
    <message>
        <source>hidden layer {i}: {n} units; use 1 to {most}</source>
        <translation>capa oculta {i}: {n} unidades; usa de 1 a {most}</translation>
    </message>
    <message>
        <source>{label} {value} has more decimals than a setting keeps ({decimals}); use 0 or at least {least:g}</source>
        <translation>{label} {value} tiene más decimales de los que guarda un ajuste ({decimals}); usa 0 o al menos {least:g}</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>un número entero</translation>
    </message>
    <message>
        <source>Not quite: {value:g} is not it. Look again and try once more.</source>
        <translation>No del todo: {value:g} no es. Vuelve a mirar e inténtalo otra vez.</translation>
    </message>
    <message>
        <source>Press Train and let it finish.</source>
        <translation>Pulsa Entrenar y deja que termine.</translation>
    </message>
    <message>
        <source>Press Step once.</source>
        <translation>Pulsa Paso una vez.</translation>
    </message>
    <message>
        <source>Press Step N with {n} iterations.</source>
        <translation>Pulsa N pasos con {n} iteraciones.</translation>
    </message>
    <message>
        <source>Edit a cell.</source>
        <translation>Edita una celda.</translation>
    </message>
    <message>
        <source>Change the {setting}.</source>
        <translation>Cambia: {setting}.</translation>
    </message>
    <message>
        <source>Change a setting.</source>
        <translation>Cambia un ajuste.</translation>
    </message>
    <message>
        <source>Not quite: think again.</source>
        <translation>No del todo: piénsalo otra vez.</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>está vacío</translation>
    </message>
    <message>
        <source>is {n:,} characters long; the limit is {limit:,}</source>
        <translation>tiene {n:,} caracteres; el límite es {limit:,}</translation>
    </message>
    <message>
        <source>contains a NUL character</source>
        <translation>contiene un carácter NUL</translation>
    </message>
    <message>
        <source>has {n:,} lines; the limit is {limit:,}</source>
        <translation>tiene {n:,} líneas; el límite es {limit:,}</translation>
    </message>
    <message>
        <source>unknown key (known keys: {keys})</source>
        <translation>clave desconocida (claves conocidas: {keys})</translation>
    </message>
    <message>
        <source>must be 0 or more</source>
        <translation>debe ser 0 o mayor</translation>
    </message>
    <message>
        <source>a prediction question needs an action that trains (a Step, Step N, Train or Play to an iteration): the prediction is checked when it is done</source>
        <translation>una pregunta de predicción necesita una acción que entrene (un Paso, N pasos, Entrenar o Reproducir hasta una iteración): la predicción se comprueba cuando se hace</translation>
    </message>
    <message>
        <source>lesson</source>
        <translation>lección</translation>
    </message>
    <message>
        <source>{source}: the file is empty (expected a lesson: a JSON object)</source>
        <translation>{source}: el archivo está vacío (se esperaba una lección: un objeto JSON)</translation>
    </message>
    <message>
        <source>Press Play until iteration {n:,}.</source>
        <translation>Pulsa Seguir hasta la iteración {n:,}.</translation>
    </message>
    <message>
        <source>Press Play.</source>
        <translation>Pulsa Seguir.</translation>
    </message>
    <message>
        <source>Right.</source>
        <translation>Correcto.</translation>
    </message>
    <message>
        <source>missing (give a dataset, or a preset to take it from)</source>
        <translation>falta (indique un conjunto de datos, o un preajuste del que tomarlo)</translation>
    </message>
    <message>
        <source>expected at least 2 choices, got {n}</source>
        <translation>se esperaban al menos 2 opciones, se encontraron {n}</translation>
    </message>
    <message>
        <source>{n} choices; the limit is {limit}</source>
        <translation>{n} opciones; el límite es {limit}</translation>
    </message>
    <message>
        <source>no choice is marked correct (the question has no answer)</source>
        <translation>ninguna opción está marcada como correcta (la pregunta no tiene respuesta)</translation>
    </message>
    <message>
        <source>missing (the question has no answer)</source>
        <translation>falta (la pregunta no tiene respuesta)</translation>
    </message>
    <message>
        <source>missing: the first step must load a state (a preset or a dataset)</source>
        <translation>falta: el primer paso debe cargar un estado (un preajuste o un conjunto de datos)</translation>
    </message>
    <message>
        <source>the step asks no question: nothing would show what it hides again</source>
        <translation>el paso no hace ninguna pregunta: nada volvería a mostrar lo que oculta</translation>
    </message>
    <message>
        <source>lesson version</source>
        <translation>versión de lección</translation>
    </message>
    <message>
        <source>the lesson has no steps</source>
        <translation>la lección no tiene pasos</translation>
    </message>
    <message>
        <source>{n} steps; the limit is {limit}</source>
        <translation>{n} pasos; el límite es {limit}</translation>
    </message>
    <message>
        <source> (this is a document: open it with File &gt; Open)</source>
        <translation> (esto es un documento: ábrelo con Archivo &gt; Abrir)</translation>
    </message>
    <message>
        <source>You predicted {predicted:.4g}; the engine computed {actual:.4g} for {where}.</source>
        <translation>Predijiste {predicted:.4g}; el motor calculó {actual:.4g} para {where}.</translation>
    </message>
    <message>
        <source>Type a number to predict.</source>
        <translation>Escribe un número para predecir.</translation>
    </message>
    <message>
        <source>{both} Right (within ±{tolerance:.4g}).</source>
        <translation>{both} Correcto (dentro de ±{tolerance:.4g}).</translation>
    </message>
    <message>
        <source>{both} {why}</source>
        <translation>{both} {why}</translation>
    </message>
    <message>
        <source>{y} (target minus output), not {wrong}</source>
        <translation>{y} (objetivo menos salida), no {wrong}</translation>
    </message>
    <message>
        <source>{delta} sent back along {syn}</source>
        <translation>{delta} enviado hacia atrás por {syn}</translation>
    </message>
    <message>
        <source>Check the error factor first: {err} = {error:.4g} ({source}); then the slope {slope_name} = {slope:.4g}.</source>
        <translation>Comprueba primero el factor de error: {err} = {error:.4g} ({source}); luego la pendiente {slope_name} = {slope:.4g}.</translation>
    </message>
    <message>
        <source>The error is {formula} = {y:.4g} - {out:.4g}.</source>
        <translation>El error es {formula} = {y:.4g} - {out:.4g}.</translation>
    </message>
    <message>
        <source>{err} = sum of {delta} × {syn} over the units of layer {layer}: {terms}.</source>
        <translation>{err} = suma de {delta} × {syn} sobre las unidades de la capa {layer}: {terms}.</translation>
    </message>
    <message>
        <source>1 (the bias input)</source>
        <translation>1 (la entrada del sesgo)</translation>
    </message>
    <message>
        <source>The update is the sum over rows of {carried} × {delta}, times the learning rate {lr:g}.</source>
        <translation>El cambio es la suma sobre las filas de {carried} × {delta}, por la tasa de aprendizaje {lr:g}.</translation>
    </message>
    <message>
        <source>The weighted sum is z = {z:.4g}, and {f}(z) = {actual:.4g}.</source>
        <translation>La suma ponderada es z = {z:.4g}, y {f}(z) = {actual:.4g}.</translation>
    </message>
    <message>
        <source>The sign is wrong, and the slope {slope_name} = {formula} is never negative, so it comes from the error factor: {err} = {error:.4g} ({source}).</source>
        <translation>El signo está mal, y la pendiente {slope_name} = {formula} nunca es negativa, así que viene del factor de error: {err} = {error:.4g} ({source}).</translation>
    </message>
    <message>
        <source>That is {err} alone: multiply it by the slope {slope_name} = {formula} = {slope:.4g}.</source>
        <translation>Eso es solo {err}: multiplícalo por la pendiente {slope_name} = {formula} = {slope:.4g}.</translation>
    </message>
    <message>
        <source>That is the slope {slope_name} alone: multiply it by the error {err} = {error:.4g}.</source>
        <translation>Eso es solo la pendiente {slope_name}: multiplícala por el error {err} = {error:.4g}.</translation>
    </message>
    <message>
        <source>The slope&apos;s formula: {slope_name} = {formula} = {slope:.4g}, with {layer} = {a:.4g}.</source>
        <translation>La fórmula de la pendiente: {slope_name} = {formula} = {slope:.4g}, con {layer} = {a:.4g}.</translation>
    </message>
    <message>
        <source>With {err} = {error:.4g}, your number means a slope of {means:.4g}; the slope {slope_name} = {formula} is {slope:.4g} ({layer} = {a:.4g}).</source>
        <translation>Con {err} = {error:.4g}, tu número supone una pendiente de {means:.4g}; la pendiente {slope_name} = {formula} es {slope:.4g} ({layer} = {a:.4g}).</translation>
    </message>
    <message>
        <source>The sign: the error is target minus output, {formula} = {y:.4g} - {out:.4g}.</source>
        <translation>El signo: el error es objetivo menos salida, {formula} = {y:.4g} - {out:.4g}.</translation>
    </message>
    <message>
        <source>The sign: {err} is {delta} times the weights {syn}, and {delta} = {values} carries the sign.</source>
        <translation>El signo: {err} es {delta} por los pesos {syn}, y {delta} = {values} lleva el signo.</translation>
    </message>
    <message>
        <source>That is one term only: {err} adds {delta} × weight over all {n} units of layer {layer}.</source>
        <translation>Eso es solo un término: {err} suma {delta} × peso sobre las {n} unidades de la capa {layer}.</translation>
    </message>
    <message>
        <source>The sign: the update adds input × {delta}, and the delta (target minus output, times the slope) carries the sign.</source>
        <translation>El signo: el cambio suma entrada × {delta}, y el delta (objetivo menos salida, por la pendiente) lleva el signo.</translation>
    </message>
    <message>
        <source>That is one row only: the update sums {carried} × {delta} over all {n} rows of the table.</source>
        <translation>Eso es solo una fila: el cambio suma {carried} × {delta} sobre las {n} filas de la tabla.</translation>
    </message>
    <message>
        <source>Multiply by the learning rate {lr:g}.</source>
        <translation>Multiplica por la tasa de aprendizaje {lr:g}.</translation>
    </message>
    <message>
        <source>The update is the sum over rows of {carried} × {delta}.</source>
        <translation>El cambio es la suma sobre las filas de {carried} × {delta}.</translation>
    </message>
    <message>
        <source>That is the weighted sum z = {z:.4g}: the layer&apos;s output is {f}(z).</source>
        <translation>Esa es la suma ponderada z = {z:.4g}: la salida de la capa es {f}(z).</translation>
    </message>
    <message>
        <source>{name} does not exist in a network of layer sizes {sizes}</source>
        <translation>{name} no existe en una red con tamaños de capa {sizes}</translation>
    </message>
    <message>
        <source>{name} has {rows} rows, there is no row {row}</source>
        <translation>{name} tiene {rows} filas, no hay fila {row}</translation>
    </message>
    <message>
        <source>{name} has {cols} columns, there is no column {column}</source>
        <translation>{name} tiene {cols} columnas, no hay columna {column}</translation>
    </message>
    <message>
        <source>the translation of {place} is {n:,} characters long; the limit is {limit:,}</source>
        <translation>la traducción de {place} tiene {n:,} caracteres; el límite es {limit:,}</translation>
    </message>
    <message>
        <source>{source}: &apos;texts&apos; holds {n:,} texts; the limit is {limit:,}</source>
        <translation>{source}: &apos;texts&apos; contiene {n:,} textos; el límite es {limit:,}</translation>
    </message>
    <message>
        <source>{source}: an English text in &apos;texts&apos; is {n:,} characters long; the limit is {limit:,} (it starts {start!r})</source>
        <translation>{source}: un texto en inglés de &apos;texts&apos; tiene {n:,} caracteres; el límite es {limit:,} (empieza por {start!r})</translation>
    </message>
    <message>
        <source>the translation of {place} has {n:,} lines; the limit is {limit:,}</source>
        <translation>la traducción de {place} tiene {n:,} líneas; el límite es {limit:,}</translation>
    </message>
    <message>
        <source>the translation of {place} contains a NUL character</source>
        <translation>la traducción de {place} contiene un carácter NUL</translation>
    </message>
    <message>
        <source>unknown output {value}; choose one of {choices}</source>
        <translation>salida desconocida {value}; elige una de {choices}</translation>
    </message>
    <message>
        <source>unknown loss {value}; choose one of {choices}</source>
        <translation>pérdida desconocida {value}; elige una de {choices}</translation>
    </message>
    <message>
        <source>the {output} output cannot learn with the {loss} loss; use one of: {pairs}</source>
        <translation>la salida {output} no puede aprender con la pérdida {loss}; usa una de: {pairs}</translation>
    </message>
    <message>
        <source>a softmax output needs at least 2 target columns (one per class); use a sigmoid output for one target</source>
        <translation>una salida softmax necesita al menos 2 columnas objetivo (una por clase); usa una salida sigmoide para un solo objetivo</translation>
    </message>
    <message>
        <source>row {row}: a softmax output needs one-hot targets (one 1, the rest 0)</source>
        <translation>fila {row}: una salida softmax necesita objetivos one-hot (un 1, el resto 0)</translation>
    </message>
    <message>
        <source>row {row}: a softmax output needs one-hot targets (one 1, the rest 0) ({n} more rows too)</source>
        <translation>fila {row}: una salida softmax necesita objetivos one-hot (un 1, el resto 0) (y {n} filas más)</translation>
    </message>
    <message>
        <source>not valid Unicode (a lone surrogate at character {n})</source>
        <translation>no es Unicode válido (un sustituto suelto en el carácter {n})</translation>
    </message>
    <message>
        <source>{done:,} is more than the {limit:,} iterations the app can train</source>
        <translation>{done:,} son más que las {limit:,} iteraciones que la aplicación puede entrenar</translation>
    </message>
    <message>
        <source>expected {n} weight matrices for layer sizes {sizes}, got {got}</source>
        <translation>se esperaban {n} matrices de pesos para los tamaños de capa {sizes}, se obtuvieron {got}</translation>
    </message>
    <message>
        <source>the iteration numbers must increase</source>
        <translation>los números de iteración deben aumentar</translation>
    </message>
    <message>
        <source>expected 1 to 40 characters, got {n}</source>
        <translation>se esperaban de 1 a 40 caracteres, se obtuvieron {n}</translation>
    </message>
    <message>
        <source>{got:,} is before the run&apos;s start ({start:,})</source>
        <translation>{got:,} es anterior al inicio de la ejecución ({start:,})</translation>
    </message>
    <message>
        <source>expected one of {states}, got {got!r}</source>
        <translation>se esperaba uno de {states}, se obtuvo {got!r}</translation>
    </message>
    <message>
        <source>{got:,} is not the run&apos;s start iteration ({start:,})</source>
        <translation>{got:,} no es la iteración inicial de la ejecución ({start:,})</translation>
    </message>
    <message>
        <source>{n:,} characters; the limit is {limit}</source>
        <translation>{n:,} caracteres; el límite es {limit}</translation>
    </message>
    <message>
        <source>the settings have bias on but there are no biases</source>
        <translation>los ajustes tienen el sesgo activado pero no hay sesgos</translation>
    </message>
    <message>
        <source>the settings have bias off but there are biases</source>
        <translation>los ajustes tienen el sesgo desactivado pero hay sesgos</translation>
    </message>
    <message>
        <source>expected {n} bias vectors, got {got}</source>
        <translation>se esperaban {n} vectores de sesgo, se obtuvieron {got}</translation>
    </message>
    <message>
        <source>{got:,} is not after the one before and between the run&apos;s start ({start:,}) and its last state ({end:,})</source>
        <translation>{got:,} no está después del anterior y entre el inicio de la ejecución ({start:,}) y su último estado ({end:,})</translation>
    </message>
    <message>
        <source>iteration {got:,} is outside the run (from {start:,} to before {end:,})</source>
        <translation>la iteración {got:,} está fuera de la ejecución (desde {start:,} hasta antes de {end:,})</translation>
    </message>
    <message>
        <source>no run {id!r} in this tree</source>
        <translation>no hay ninguna ejecución {id!r} en este árbol</translation>
    </message>
    <message>
        <source>run {id!r} appears twice</source>
        <translation>la ejecución {id!r} aparece dos veces</translation>
    </message>
    <message>
        <source>the runs&apos; parents make a cycle</source>
        <translation>los padres de las ejecuciones forman un ciclo</translation>
    </message>
    <message>
        <source>the parent {id!r} must come before its children</source>
        <translation>la ejecución padre {id!r} debe ir antes que sus hijas</translation>
    </message>
    <message>
        <source>a branch needs the state it started from</source>
        <translation>una rama necesita el estado desde el que empezó</translation>
    </message>
    <message>
        <source>{at:,} is outside its parent&apos;s iterations ({start:,} to {end:,})</source>
        <translation>{at:,} está fuera de las iteraciones de su ejecución padre ({start:,} a {end:,})</translation>
    </message>
    <message>
        <source>{one} or {other}</source>
        <translation>{one} o {other}</translation>
    </message>
    <message>
        <source>does not fit the file format (the rule {rule!r})</source>
        <translation>no se ajusta al formato del archivo (la regla {rule!r})</translation>
    </message>
    <message>
        <source>expected {choices}, got {value}</source>
        <translation>se esperaba {choices}, se encontró {value}</translation>
    </message>
    <message>
        <source>{n:,} items; the limit is {limit:,}</source>
        <translation>{n:,} elementos; el límite es {limit:,}</translation>
    </message>
    <message>
        <source>expected at least {n} items, got {got}</source>
        <translation>se esperaban al menos {n} elementos, se encontraron {got}</translation>
    </message>
    <message>
        <source>{done} is more than the {limit:,} iterations the app can train</source>
        <translation>{done} es más que las {limit:,} iteraciones que la aplicación puede entrenar</translation>
    </message>
    <message>
        <source>{value} must be less than {limit}</source>
        <translation>{value} debe ser menor que {limit}</translation>
    </message>
    <message>
        <source>not expected here (expected {names})</source>
        <translation>no se esperaba aquí (se esperaba {names})</translation>
    </message>
    <message>
        <source>{n:,} points; the limit is {limit:,}</source>
        <translation>{n:,} puntos; el límite es {limit:,}</translation>
    </message>
    <message>
        <source>{value} is less than the least allowed, {limit}</source>
        <translation>{value} es menor que el mínimo permitido, {limit}</translation>
    </message>
    <message>
        <source>{value} is more than the most allowed, {limit}</source>
        <translation>{value} es mayor que el máximo permitido, {limit}</translation>
    </message>
    <message>
        <source>{value} must be more than {limit}</source>
        <translation>{value} debe ser mayor que {limit}</translation>
    </message>
    <message>
        <source>Hidden &amp;units</source>
        <translation>&amp;Unidades ocultas</translation>
    </message>
    <message>
        <source>Hidden units</source>
        <translation>Unidades ocultas</translation>
    </message>
    <message>
        <source>The sizes of the hidden layers, separated by commas: 4 is one layer of 4 units, 4,3 two layers. 0 = no hidden layer: the inputs connect straight to the output, like the notebook&apos;s first example.</source>
        <translation>Los tamaños de las capas ocultas, separados por comas: 4 es una capa de 4 unidades, 4,3 son dos capas. 0 = sin capa oculta: las entradas se conectan directamente con la salida, como en el primer ejemplo del cuaderno.</translation>
    </message>
    <message>
        <source>&amp;Iterations</source>
        <translation>&amp;Iteraciones</translation>
    </message>
    <message>
        <source>How many times the network sees the whole table and adjusts its weights.</source>
        <translation>Cuántas veces la red ve la tabla entera y ajusta sus pesos.</translation>
    </message>
    <message>
        <source>Lear&amp;ning rate</source>
        <translation>Tasa de apren&amp;dizaje</translation>
    </message>
    <message>
        <source>Learning rate: how big each weight change is. The notebook uses 1. Too big and the units saturate; too small and learning is slow.</source>
        <translation>Tasa de aprendizaje: cuánto cambia cada peso en cada paso. El cuaderno usa 1. Demasiado grande y las unidades se saturan; demasiado pequeña y el aprendizaje es lento.</translation>
    </message>
    <message>
        <source>&amp;Activation</source>
        <translation>Activació&amp;n</translation>
    </message>
    <message>
        <source>Hidden activation</source>
        <translation>Activación de las capas ocultas</translation>
    </message>
    <message>
        <source>The function each hidden unit applies to its input. The output uses the sigmoid (0 to 1) unless Advanced chooses another.</source>
        <translation>La función que cada unidad oculta aplica a su entrada. La salida usa la sigmoide (0 a 1) salvo que «Avanzado» elija otra.</translation>
    </message>
    <message>
        <source>&amp;Bias</source>
        <translation>&amp;Sesgo</translation>
    </message>
    <message>
        <source>Give every unit an extra weight from a constant 1, so it can shift its threshold. The notebook has none: its third input column is always 1.</source>
        <translation>Da a cada unidad un peso extra desde un 1 constante, para que pueda desplazar su umbral. El cuaderno no lo tiene: su tercera columna de entrada siempre vale 1.</translation>
    </message>
    <message>
        <source>&amp;Seed</source>
        <translation>Semi&amp;lla</translation>
    </message>
    <message>
        <source>The random seed of the starting weights. The same seed always gives the same start, so runs can be repeated exactly.</source>
        <translation>La semilla aleatoria de los pesos iniciales. La misma semilla da siempre el mismo comienzo, así que los entrenamientos se pueden repetir exactamente.</translation>
    </message>
    <message>
        <source>Lo&amp;g every</source>
        <translation>Re&amp;gistrar cada</translation>
    </message>
    <message>
        <source>Write the error to the log every this many iterations (the notebook prints every 10,000).</source>
        <translation>Escribir el error en el registro cada tantas iteraciones (el cuaderno lo imprime cada 10 000).</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Salida</translation>
    </message>
    <message>
        <source>Output layer</source>
        <translation>Capa de salida</translation>
    </message>
    <message>
        <source>The output layer: sigmoid (0 to 1, the notebook&apos;s), softmax (one probability per target column, for classes) or linear (any number).</source>
        <translation>La capa de salida: sigmoid (0 a 1, la del cuaderno), softmax (una probabilidad por columna objetivo, para clases) o linear (cualquier número).</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Pérdida</translation>
    </message>
    <message>
        <source>What the network learns to make small. notebook: 0.5*sum((y - out)^2) through the sigmoid&apos;s slope; cross-entropy: delta = y - out, so a unit that is sure and wrong still learns fast; squared: for linear.</source>
        <translation>Lo que la red aprende a hacer pequeño. notebook: 0.5*sum((y - out)^2) a través de la pendiente de la sigmoide; cross-entropy: delta = y - out, así una unidad segura y equivocada aprende rápido igualmente; squared: para linear.</translation>
    </message>
    <message>
        <source>L2 decay</source>
        <translation>Decaimiento L2</translation>
    </message>
    <message>
        <source>L2 weight decay</source>
        <translation>Decaimiento L2 de pesos</translation>
    </message>
    <message>
        <source>L2 weight decay: every update also pulls each weight towards 0 by lr * L2 * weight. 0 = none (the notebook).</source>
        <translation>Decaimiento L2: cada actualización acerca además cada peso a 0 en lr * L2 * peso. 0 = ninguno (el cuaderno).</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>Optimizador</translation>
    </message>
    <message>
        <source>gd: the notebook&apos;s step. momentum: v = mu*v + direction, step lr*v. adam: steps scaled by running averages of each gradient and its square.</source>
        <translation>gd: el paso del cuaderno. momentum: v = mu*v + dirección, paso lr*v. adam: pasos escalados por medias móviles de cada gradiente y de su cuadrado.</translation>
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
        <translation>Momentum mu: cuánto se conserva del último paso (0.9 conserva el 90 %).</translation>
    </message>
    <message>
        <source>beta1</source>
        <translation>beta1</translation>
    </message>
    <message>
        <source>Adam&apos;s beta1: the decay of the running average of each gradient.</source>
        <translation>beta1 de Adam: el decaimiento de la media móvil de cada gradiente.</translation>
    </message>
    <message>
        <source>beta2</source>
        <translation>beta2</translation>
    </message>
    <message>
        <source>Adam&apos;s beta2: the decay of the running average of each gradient&apos;s square.</source>
        <translation>beta2 de Adam: el decaimiento de la media móvil del cuadrado de cada gradiente.</translation>
    </message>
    <message>
        <source>eps</source>
        <translation>eps</translation>
    </message>
    <message>
        <source>Adam&apos;s eps: added to the square root in the step&apos;s denominator, so it never divides by 0.</source>
        <translation>eps de Adam: se suma a la raíz cuadrada del denominador del paso, para no dividir nunca por 0.</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Lote</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Tamaño de lote</translation>
    </message>
    <message>
        <source>all rows</source>
        <translation>todas las filas</translation>
    </message>
    <message>
        <source>Rows per update. All rows = the notebook&apos;s full batch; fewer: each epoch shuffles the training rows and updates once per batch.</source>
        <translation>Filas por actualización. Todas = el lote completo del cuaderno; menos: cada época baraja las filas de entrenamiento y actualiza una vez por lote.</translation>
    </message>
    <message>
        <source>The error is stuck at {level:.3g}. Try another seed, more hidden units, or turning bias on.</source>
        <translation>El error se ha quedado en {level:.3g}. Prueba otra semilla, más unidades ocultas o activa el sesgo.</translation>
    </message>
    <message>
        <source>The error is stuck at {level:.3g}: the learning rate ({lr:g}) is so large that the outputs saturate at 0 or 1 and stop learning. Try a smaller learning rate, such as {proposed:g}.</source>
        <translation>El error se ha quedado en {level:.3g}: la tasa de aprendizaje ({lr:g}) es tan grande que las salidas se saturan en 0 o 1 y dejan de aprender. Prueba una tasa de aprendizaje más pequeña, por ejemplo {proposed:g}.</translation>
    </message>
    <message>
        <source>The error is stuck at {level:.3g}. Try another seed or more hidden units.</source>
        <translation>El error se ha quedado en {level:.3g}. Prueba otra semilla o más unidades ocultas.</translation>
    </message>
    <message>
        <source>Training stopped at iteration {i:,}: the weights became infinite or NaN. The last finite weights are kept. Try a smaller learning rate (now {lr:g}).</source>
        <translation>El entrenamiento se detuvo en la iteración {i:,}: los pesos se volvieron infinitos o NaN. Se conservan los últimos pesos finitos. Prueba una tasa de aprendizaje menor (ahora {lr:g}).</translation>
    </message>
</context>
<context>
    <name>DatasetEditor</name>
    <message>
        <source>The table cannot be edited while training (press Stop first)</source>
        <translation>La tabla no se puede editar durante el entrenamiento (pulsa Detener primero)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;Undo {action}</source>
        <translation>&amp;Deshacer: {action}</translation>
    </message>
    <message>
        <source>&amp;Redo {action}</source>
        <translation>&amp;Rehacer: {action}</translation>
    </message>
    <message>
        <source>row {row}, column {column}</source>
        <translation>fila {row}, columna {column}</translation>
    </message>
    <message>
        <source>Set {where} to {value}</source>
        <translation>Poner {where} a {value}</translation>
    </message>
    <message>
        <source>Select the cells to clear first</source>
        <translation>Selecciona primero las celdas que quieres borrar</translation>
    </message>
    <message numerus="yes">
        <source>Clear %n cell(s)</source>
        <translation>
            <numerusform>Vaciar %n celda</numerusform>
            <numerusform>Vaciar %n celdas</numerusform>
        </translation>
    </message>
    <message>
        <source>Space switches cells between 0 and 1; the selected cells hold other numbers (type over a cell to change it)</source>
        <translation>Espacio alterna las celdas entre 0 y 1; las celdas seleccionadas tienen otros números (escribe sobre una celda para cambiarla)</translation>
    </message>
    <message numerus="yes">
        <source>Toggle %n cell(s)</source>
        <translation>
            <numerusform>Alternar %n celda</numerusform>
            <numerusform>Alternar %n celdas</numerusform>
        </translation>
    </message>
    <message>
        <source>Paste {rows} x {columns} cells</source>
        <translation>Pegar {rows} × {columns} celdas</translation>
    </message>
    <message>
        <source>Paste 1 cell</source>
        <translation>Pegar 1 celda</translation>
    </message>
    <message>
        <source>Pasted {rows} x {columns} cells at {where}</source>
        <translation>Pegadas {rows} x {columns} celdas en {where}</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n fila</numerusform>
            <numerusform>%n filas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>target column(s) {names}</source>
        <translation>
            <numerusform>columna objetivo {names}</numerusform>
            <numerusform>columnas objetivo {names}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>input column(s) {names}</source>
        <translation>
            <numerusform>columna de entrada {names}</numerusform>
            <numerusform>columnas de entrada {names}</numerusform>
        </translation>
    </message>
    <message>
        <source>added {what}</source>
        <translation>añadido: {what}</translation>
    </message>
    <message>
        <source> and </source>
        <translation> y </translation>
    </message>
    <message>
        <source>skipped the first line, which holds names: </source>
        <translation>se omitió la primera línea, que tiene nombres: </translation>
    </message>
    <message>
        <source>Paste refused, nothing was changed: {where}: {value}: {why}</source>
        <translation>Pegado rechazado, no se cambió nada: {where}: {value}: {why}</translation>
    </message>
    <message numerus="yes">
        <source>Paste into %n cell(s)</source>
        <translation>
            <numerusform>Pegar en %n celda</numerusform>
            <numerusform>Pegar en %n celdas</numerusform>
        </translation>
    </message>
    <message>
        <source>Paste refused: {problem}. Nothing was changed.</source>
        <translation>Pegado rechazado: {problem}. No se cambió nada.</translation>
    </message>
    <message>
        <source>pasted line {line}: {reason}</source>
        <translation>línea pegada {line}: {reason}</translation>
    </message>
    <message>
        <source>row {row}, column {column} (pasted line {line}, cell {cell}): {reason}</source>
        <translation>fila {row}, columna {column} (línea pegada {line}, celda {cell}): {reason}</translation>
    </message>
    <message>
        <source>Paste refused, nothing was changed: </source>
        <translation>Pegado rechazado, no se cambió nada: </translation>
    </message>
    <message numerus="yes">
        <source>(and %n more bad cell(s))</source>
        <translation>
            <numerusform>(y %n celda incorrecta más)</numerusform>
            <numerusform>(y %n celdas incorrectas más)</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the rows to remove first</source>
        <translation>Selecciona primero las filas que quieres eliminar</translation>
    </message>
    <message>
        <source>The table keeps at least one row</source>
        <translation>La tabla conserva al menos una fila</translation>
    </message>
    <message>
        <source>The point does not fit the table&apos;s columns</source>
        <translation>El punto no encaja con las columnas de la tabla</translation>
    </message>
    <message>
        <source>Add point {inputs} → {targets}</source>
        <translation>Añadir punto {inputs} → {targets}</translation>
    </message>
    <message>
        <source>The selected rows are test rows already</source>
        <translation>Las filas seleccionadas ya son filas de prueba</translation>
    </message>
    <message>
        <source>The selected rows are training rows already</source>
        <translation>Las filas seleccionadas ya son filas de entrenamiento</translation>
    </message>
    <message>
        <source>Keep at least one training row</source>
        <translation>Debe quedar al menos una fila de entrenamiento</translation>
    </message>
    <message>
        <source>Select a cell of the column to remove first</source>
        <translation>Selecciona primero una celda de la columna que quieres eliminar</translation>
    </message>
    <message>
        <source>The table keeps at least one column</source>
        <translation>La tabla conserva al menos una columna</translation>
    </message>
    <message>
        <source>The selected columns are targets already</source>
        <translation>Las columnas elegidas ya son objetivos</translation>
    </message>
    <message>
        <source>The selected columns are inputs already</source>
        <translation>Las columnas elegidas ya son entradas</translation>
    </message>
    <message>
        <source>Choose a target column to fill</source>
        <translation>Elige una columna objetivo para rellenar</translation>
    </message>
    <message>
        <source>Fill new target {name} = {expression}</source>
        <translation>Rellenar nuevo objetivo {name} = {expression}</translation>
    </message>
    <message>
        <source>Fill {name} = {expression}</source>
        <translation>Rellenar {name} = {expression}</translation>
    </message>
</context>
<context>
    <name>DatasetModel</name>
    <message>
        <source>Row {row}, column {name}: {reason}</source>
        <translation>Fila {row}, columna {name}: {reason}</translation>
    </message>
    <message>
        <source>Column {number}: {reason}</source>
        <translation>Columna {number}: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>(and %n more problem(s))</source>
        <translation>
            <numerusform>(y %n problema más)</numerusform>
            <numerusform>(y %n problemas más)</numerusform>
        </translation>
    </message>
    <message>
        <source>invalid value</source>
        <translation>valor no válido</translation>
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
        <translation>objetivo</translation>
    </message>
    <message>
        <source>input</source>
        <translation>entrada</translation>
    </message>
    <message>
        <source>{row} test</source>
        <translation>{row} prueba</translation>
    </message>
    <message>
        <source>A test row: held out of training; its error is measured on its own</source>
        <translation>Una fila de prueba: apartada del entrenamiento; su error se mide por separado</translation>
    </message>
    <message>
        <source>{role} column &apos;{name}&apos;</source>
        <translation>columna de {role} «{name}»</translation>
    </message>
    <message>
        <source>row {row}, column {name}</source>
        <translation>fila {row}, columna {name}</translation>
    </message>
    <message>
        <source>{where}: the table cannot be edited while training</source>
        <translation>{where}: la tabla no se puede editar mientras se entrena</translation>
    </message>
</context>
<context>
    <name>DatasetView</name>
    <message>
        <source>Double-click a column name to rename it; right-click to make it an input or a target</source>
        <translation>Doble clic en el nombre de una columna para renombrarla; clic derecho para convertirla en entrada u objetivo</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cor&amp;tar</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Copy the selected cells as tab-separated text</source>
        <translation>Copiar las celdas seleccionadas como texto separado por tabuladores</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Pegar</translation>
    </message>
    <message>
        <source>Paste cells from a spreadsheet or text (tabs, semicolons or commas)</source>
        <translation>Pegar celdas de una hoja de cálculo o de un texto (tabuladores, puntos y coma o comas)</translation>
    </message>
    <message>
        <source>C&amp;lear to 0</source>
        <translation>&amp;Borrar a 0</translation>
    </message>
    <message>
        <source>Set the selected cells to 0</source>
        <translation>Poner a 0 las celdas seleccionadas</translation>
    </message>
    <message>
        <source>Switch the selected cells between 0 and 1</source>
        <translation>Alternar las celdas seleccionadas entre 0 y 1</translation>
    </message>
    <message>
        <source>Insert Row &amp;Above</source>
        <translation>Insertar fila &amp;encima</translation>
    </message>
    <message>
        <source>Insert Row &amp;Below</source>
        <translation>Insertar fila &amp;debajo</translation>
    </message>
    <message>
        <source>&amp;Remove Rows</source>
        <translation>Eliminar &amp;filas</translation>
    </message>
    <message>
        <source>Remove the selected rows</source>
        <translation>Eliminar las filas seleccionadas</translation>
    </message>
    <message>
        <source>Insert &amp;Input Column</source>
        <translation>&amp;Insertar columna de entrada</translation>
    </message>
    <message>
        <source>Remove the selected columns</source>
        <translation>Eliminar las columnas seleccionadas</translation>
    </message>
    <message>
        <source>Make Inp&amp;ut</source>
        <translation>Convertir en ent&amp;rada</translation>
    </message>
    <message>
        <source>Feed the selected columns to the network</source>
        <translation>Dar las columnas seleccionadas a la red como entradas</translation>
    </message>
    <message>
        <source>Make the selected columns outputs to learn</source>
        <translation>Convertir las columnas seleccionadas en salidas que aprender</translation>
    </message>
    <message>
        <source>Hold the selected rows out of training: the plot shows their error as the test curve</source>
        <translation>Apartar las filas seleccionadas del entrenamiento: el gráfico muestra su error como curva de prueba</translation>
    </message>
    <message>
        <source>T&amp;oggle 0/1</source>
        <translation>&amp;Alternar 0/1</translation>
    </message>
    <message>
        <source>Insert Targ&amp;et Column</source>
        <translation>Insertar columna &amp;objetivo</translation>
    </message>
    <message>
        <source>Remo&amp;ve Columns</source>
        <translation>Eliminar columna&amp;s</translation>
    </message>
    <message>
        <source>Rena&amp;me Column…</source>
        <translation>Renombrar colu&amp;mna…</translation>
    </message>
    <message>
        <source>Ma&amp;ke Target</source>
        <translation>Convertir en ob&amp;jetivo</translation>
    </message>
    <message>
        <source>Mark Rows as Te&amp;st</source>
        <translation>Marcar filas como de pr&amp;ueba</translation>
    </message>
    <message>
        <source>Mark Rows as Trai&amp;ning</source>
        <comment>Table menu</comment>
        <translation>Marcar filas como de e&amp;ntrenamiento</translation>
    </message>
    <message>
        <source>Train on the selected rows again</source>
        <translation>Volver a entrenar con las filas seleccionadas</translation>
    </message>
    <message>
        <source>&amp;Generate Truth Table…</source>
        <translation>&amp;Generar tabla de verdad…</translation>
    </message>
    <message>
        <source>Replace the table with every combination of n inputs</source>
        <translation>Sustituir la tabla por todas las combinaciones de n entradas</translation>
    </message>
    <message>
        <source>&amp;Fill Target from Rule…</source>
        <translation>Rellenar objetivo desde una reg&amp;la…</translation>
    </message>
    <message>
        <source>Compute a target column from a rule such as &apos;a xor b&apos;</source>
        <translation>Calcular una columna objetivo a partir de una regla como «a xor b»</translation>
    </message>
    <message>
        <source>Copy needs one rectangular block of cells</source>
        <translation>Copiar necesita un bloque rectangular de celdas</translation>
    </message>
    <message numerus="yes">
        <source>Copied %Ln cell(s)</source>
        <translation>
            <numerusform>%Ln celda copiada</numerusform>
            <numerusform>%Ln celdas copiadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Generate a truth table of %n input(s)</source>
        <translation>
            <numerusform>Generar una tabla de verdad de %n entrada</numerusform>
            <numerusform>Generar una tabla de verdad de %n entradas</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a cell of the column to rename first</source>
        <translation>Selecciona primero una celda de la columna que quieres renombrar</translation>
    </message>
    <message>
        <source>Type the column&apos;s new name; Return renames, Esc cancels</source>
        <translation>Escribe el nombre nuevo de la columna; Intro renombra, Esc cancela</translation>
    </message>
    <message>
        <source>Column {number}: {problem}</source>
        <translation>Columna {number}: {problem}</translation>
    </message>
</context>
<context>
    <name>DecisionMapView</name>
    <message>
        <source>Which output the map shows (the dataset has several targets)</source>
        <translation>Qué salida muestra el mapa (los datos tienen varios objetivos)</translation>
    </message>
    <message>
        <source>The input along the horizontal axis</source>
        <translation>La entrada del eje horizontal</translation>
    </message>
    <message>
        <source>The input along the vertical axis</source>
        <translation>La entrada del eje vertical</translation>
    </message>
    <message>
        <source>Output shown</source>
        <translation>Salida mostrada</translation>
    </message>
    <message>
        <source>Horizontal axis input</source>
        <translation>Entrada del eje horizontal</translation>
    </message>
    <message>
        <source>Vertical axis input</source>
        <translation>Entrada del eje vertical</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Salida</translation>
    </message>
    <message>
        <source>Decision map</source>
        <translation>Mapa de decisión</translation>
    </message>
    <message>
        <source>Colour: the network&apos;s output at each point (blue 1, white 0.5, vermillion 0); the dashed line is where it crosses 0.5. Markers: the dataset&apos;s rows, coloured by their target (circle 1, square 0).</source>
        <translation>Color: la salida de la red en cada punto (azul 1, blanco 0,5, bermellón 0); la línea discontinua es donde cruza 0,5. Marcadores: las filas de los datos, coloreadas según su objetivo (círculo 1, cuadrado 0).</translation>
    </message>
    <message>
        <source>Open or build a dataset with at least two inputs to see its decision map.</source>
        <translation>Abre o construye unos datos con al menos dos entradas para ver su mapa de decisión.</translation>
    </message>
    <message>
        <source>Hold {name} at this value; the markers show the rows that have it</source>
        <translation>Mantener {name} en este valor; los marcadores muestran las filas que lo tienen</translation>
    </message>
    <message>
        <source>Value of {name}</source>
        <translation>Valor de {name}</translation>
    </message>
    <message>
        <source>The decision map needs a dataset with at least two inputs.</source>
        <translation>El mapa de decisión necesita unos datos con al menos dos entradas.</translation>
    </message>
    <message>
        <source>The decision map appears when the network fits the table (press Reset or Train).</source>
        <translation>El mapa de decisión aparece cuando la red encaja con la tabla (pulsa Reiniciar o Entrenar).</translation>
    </message>
</context>
<context>
    <name>DocumentOpener</name>
    <message>
        <source>Cannot open {path}:</source>
        <translation>No se puede abrir {path}:</translation>
    </message>
</context>
<context>
    <name>DocumentsController</name>
    <message>
        <source>Documents and tables (*.nnp *.json *.csv);;NN Playground documents (*.nnp *.json);;CSV tables (*.csv);;All files (*)</source>
        <translation>Documentos y tablas (*.nnp *.json *.csv);;Documentos de NN Playground (*.nnp *.json);;Tablas CSV (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>NN Playground document (*.nnp);;JSON document (*.json)</source>
        <translation>Documento de NN Playground (*.nnp);;Documento JSON (*.json)</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>Tabla CSV (*.csv)</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nuevo</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Guardar &amp;como…</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>E&amp;xportar CSV…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>No hay archivos recientes</translation>
    </message>
    <message>
        <source>Clear the List</source>
        <translation>Vaciar la lista</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sin título</translation>
    </message>
    <message>
        <source>closing</source>
        <translation>cerrar</translation>
    </message>
    <message>
        <source>starting a new document</source>
        <translation>empezar un documento nuevo</translation>
    </message>
    <message>
        <source>opening another file</source>
        <translation>abrir otro archivo</translation>
    </message>
    <message>
        <source>recovering the autosaved document</source>
        <translation>recuperar el documento guardado automáticamente</translation>
    </message>
    <message>
        <source>opening a lesson</source>
        <translation>abrir una lección</translation>
    </message>
    <message>
        <source>Save the changes to “{title}” before {doing}?</source>
        <translation>¿Guardar los cambios de «{title}» antes de {doing}?</translation>
    </message>
    <message>
        <source>If you don&apos;t save, your changes will be lost.</source>
        <translation>Si no guardas, perderás los cambios.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation>hora desconocida</translation>
    </message>
    <message>
        <source>{app} was closed without saving “{title}”. Recover the changes?</source>
        <translation>{app} se cerró sin guardar «{title}». ¿Recuperar los cambios?</translation>
    </message>
    <message>
        <source>Autosaved at {when}.</source>
        <translation>Guardado automático: {when}.</translation>
    </message>
    <message numerus="yes">
        <source>%n more will be offered next time.</source>
        <translation>
            <numerusform>Se ofrecerá %n más la próxima vez.</numerusform>
            <numerusform>Se ofrecerán %n más la próxima vez.</numerusform>
        </translation>
    </message>
    <message>
        <source>Left out of the autosave file: {note}.</source>
        <translation>Omitido del archivo de guardado automático: {note}.</translation>
    </message>
    <message>
        <source>Recover</source>
        <translation>Recuperar</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Más tarde</translation>
    </message>
    <message>
        <source>An autosaved document from a session that ended unexpectedly cannot be read.</source>
        <translation>No se puede leer un documento guardado automáticamente de una sesión que terminó de forma inesperada.</translation>
    </message>
    <message>
        <source>Discard it, or keep it for later (it is offered again at the next start): {path}</source>
        <translation>Descártelo o guárdelo para más tarde (se ofrecerá de nuevo en el próximo inicio): {path}</translation>
    </message>
    <message>
        <source>Keep for later</source>
        <translation>Guardar para más tarde</translation>
    </message>
    <message>
        <source>Stop training before opening or starting another document</source>
        <translation>Detén el entrenamiento antes de abrir o empezar otro documento</translation>
    </message>
    <message>
        <source>Cannot open {name}</source>
        <translation>No se puede abrir {name}</translation>
    </message>
    <message>
        <source>“{name}” could not be opened.</source>
        <translation>No se pudo abrir «{name}».</translation>
    </message>
    <message>
        <source>This table and its settings cannot be shown.</source>
        <translation>Esta tabla y sus ajustes no se pueden mostrar.</translation>
    </message>
    <message>
        <source>the settings cannot be shown ({problem})</source>
        <translation>los ajustes no se pueden mostrar ({problem})</translation>
    </message>
    <message>
        <source>the document</source>
        <translation>el documento</translation>
    </message>
    <message>
        <source>settings.{name}: the window cannot show {value} (its field would hold {shown})</source>
        <translation>settings.{name}: la ventana no puede mostrar {value} (su campo contendría {shown})</translation>
    </message>
    <message>
        <source>{path}: the window could not show it ({problem})</source>
        <translation>{path}: la ventana no pudo mostrarlo ({problem})</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Guardar como</translation>
    </message>
    <message>
        <source>Cannot save {name}</source>
        <translation>No se puede guardar {name}</translation>
    </message>
    <message>
        <source>“{name}” was not saved.</source>
        <translation>«{name}» no se guardó.</translation>
    </message>
    <message>
        <source>Nothing was lost: the document is still open with its changes. Fix the problem, or choose File ▸ Save As… to save it somewhere else.</source>
        <translation>No se perdió nada: el documento sigue abierto con sus cambios. Corrige el problema o elige Archivo ▸ Guardar como… para guardarlo en otro sitio.</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Guardado {path}</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Exportar CSV</translation>
    </message>
    <message>
        <source>Cannot export {name}</source>
        <translation>No se puede exportar {name}</translation>
    </message>
    <message>
        <source>The table was not exported.</source>
        <translation>La tabla no se exportó.</translation>
    </message>
    <message>
        <source>Exported the table to {path}</source>
        <translation>Tabla exportada a {path}</translation>
    </message>
    <message>
        <source>Autosave failed: {problem}</source>
        <translation>El guardado automático falló: {problem}</translation>
    </message>
    <message>
        <source>{path}: cannot be read ({problem})</source>
        <translation>{path}: no se puede leer ({problem})</translation>
    </message>
    <message>
        <source>The autosaved document could not be recovered.</source>
        <translation>No se pudo recuperar el documento guardado automáticamente.</translation>
    </message>
</context>
<context>
    <name>ErrorPlot</name>
    <message>
        <source>current run</source>
        <translation>entrenamiento actual</translation>
    </message>
    <message>
        <source>Press Train: the mean |error| of every iteration is drawn here</source>
        <translation>Pulsa Entrenar: aquí se dibuja el |error| medio de cada iteración</translation>
    </message>
    <message>
        <source>iteration {number}   error {value}</source>
        <translation>iteración {number}   error {value}</translation>
    </message>
    <message>
        <source>Press Step: the mean |error| of every iteration is drawn here</source>
        <translation>Pulsa Paso: aquí se dibuja el |error| medio de cada iteración</translation>
    </message>
    <message>
        <source>Press Play: the mean |error| of every iteration is drawn here</source>
        <translation>Pulsa Seguir: aquí se dibuja el |error| medio de cada iteración</translation>
    </message>
    <message>
        <source>Error plot</source>
        <translation>Gráfica del error</translation>
    </message>
    <message>
        <source>Log scale</source>
        <translation>Logarítmica</translation>
    </message>
    <message>
        <source>Logarithmic error axis: the error usually falls over several decades</source>
        <translation>Eje del error logarítmico: el error suele bajar varios órdenes de magnitud</translation>
    </message>
    <message>
        <source>All runs</source>
        <translation>Todas las curvas</translation>
    </message>
    <message>
        <source>Also show the runs on other tables, over the longest run&apos;s iterations. Off: the plot follows the current run, with earlier runs on the same table faded</source>
        <translation>Mostrar también los entrenamientos con otras tablas, sobre las iteraciones del más largo. Desactivado: la gráfica sigue el entrenamiento actual, con los anteriores de la misma tabla atenuados</translation>
    </message>
    <message>
        <source>Clear previous runs</source>
        <translation>Borrar anteriores</translation>
    </message>
    <message>
        <source>Point under the mouse</source>
        <translation>Punto bajo el ratón</translation>
    </message>
    <message>
        <source>Error plot: its numbers are hidden until you answer the lesson&apos;s question.</source>
        <translation>Gráfica del error: sus números están ocultos hasta que respondas la pregunta de la lección.</translation>
    </message>
    <message>
        <source>Error plot: no run yet. Press Step (F6) and the mean |error| of every iteration is drawn here.</source>
        <translation>Gráfico del error: aún no hay entrenamiento. Pulsa Paso (F6) y aquí se dibuja el |error| medio de cada iteración.</translation>
    </message>
    <message>
        <source>Error plot: no run yet. Press Play (Ctrl+Space) and the mean |error| of every iteration is drawn here.</source>
        <translation>Gráfico del error: aún no hay entrenamiento. Pulsa Seguir (Ctrl+Espacio) y aquí se dibuja el |error| medio de cada iteración.</translation>
    </message>
    <message>
        <source>iteration</source>
        <translation>iteración</translation>
    </message>
    <message>
        <source>mean |error|</source>
        <translation>|error| medio</translation>
    </message>
    <message>
        <source>(hidden until you answer)</source>
        <translation>(oculto hasta que respondas)</translation>
    </message>
</context>
<context>
    <name>ExportMenu</name>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Imagen PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>Dibujo SVG (*.svg)</translation>
    </message>
    <message>
        <source>Error plot as picture…</source>
        <translation>&amp;Gráfica del error como imagen…</translation>
    </message>
    <message>
        <source>Network diagram as picture…</source>
        <translation>&amp;Diagrama de la red como imagen…</translation>
    </message>
    <message>
        <source>Decision map as picture…</source>
        <translation>&amp;Mapa de decisión como imagen…</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xportar</translation>
    </message>
    <message>
        <source>PNG or SVG, as the window shows it (at the presentation scale when that is on)</source>
        <translation>PNG o SVG, tal como lo muestra la ventana (a la escala de presentación si está activada)</translation>
    </message>
    <message>
        <source>Python script…</source>
        <translation>Script de &amp;Python…</translation>
    </message>
    <message>
        <source>The experiment as a standalone NumPy script in the notebook&apos;s style: it prints the same Error: lines and outputs as the app</source>
        <translation>El experimento como un script independiente de NumPy al estilo del cuaderno: imprime las mismas líneas Error: y salidas que la aplicación</translation>
    </message>
    <message>
        <source>Jupyter notebook…</source>
        <translation>Cuaderno de &amp;Jupyter…</translation>
    </message>
    <message>
        <source>The same code as a Jupyter notebook (.ipynb), to take home</source>
        <translation>El mismo código como cuaderno de Jupyter (.ipynb), para llevar a casa</translation>
    </message>
    <message>
        <source>Predictions as CSV…</source>
        <translation>P&amp;redicciones como CSV…</translation>
    </message>
    <message>
        <source>Per row: inputs, targets, outputs and |error|</source>
        <translation>Por fila: entradas, objetivos, salidas y |error|</translation>
    </message>
    <message>
        <source>Weights as CSV…</source>
        <translation>P&amp;esos como CSV…</translation>
    </message>
    <message>
        <source>Every weight and bias of the network shown, one per line</source>
        <translation>Cada peso y sesgo de la red mostrada, uno por línea</translation>
    </message>
    <message>
        <source>Could not save the picture: {problem}</source>
        <translation>No se pudo guardar la imagen: {problem}</translation>
    </message>
    <message>
        <source>Python script</source>
        <translation>Script de Python</translation>
    </message>
    <message>
        <source>Python script (*.py)</source>
        <translation>Script de Python (*.py)</translation>
    </message>
    <message>
        <source>Jupyter notebook</source>
        <translation>Cuaderno de Jupyter</translation>
    </message>
    <message>
        <source>Jupyter notebook (*.ipynb)</source>
        <translation>Cuaderno de Jupyter (*.ipynb)</translation>
    </message>
    <message>
        <source>Predictions</source>
        <translation>Predicciones</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>Tabla CSV (*.csv)</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>Pesos</translation>
    </message>
    <message>
        <source>Export: {what}</source>
        <translation>Exportar: {what}</translation>
    </message>
    <message>
        <source>Could not export ({what}): {problem}</source>
        <translation>No se pudo exportar ({what}): {problem}</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Guardado {path}</translation>
    </message>
</context>
<context>
    <name>ExpressionField</name>
    <message>
        <source>e.g.  {rules}</source>
        <translation>p. ej.  {rules}</translation>
    </message>
    <message>
        <source> at column {number}:</source>
        <translation> en la columna {number}:</translation>
    </message>
    <message>
        <source>optional: {examples}</source>
        <translation>opcional: {examples}</translation>
    </message>
    <message>
        <source>A rule over the input names: and, or, xor, not, nand, nor, -&gt;, + - * / %, comparisons (== != &lt; &lt;= &gt; &gt;=), parentheses, true/false.
</source>
        <translation>Una regla sobre los nombres de las entradas: and, or, xor, not, nand, nor, -&gt;, + - * / %, comparaciones (== != &lt; &lt;= &gt; &gt;=), paréntesis, true/false.
</translation>
    </message>
    <message>
        <source>Target rule</source>
        <translation>Regla del objetivo</translation>
    </message>
</context>
<context>
    <name>FileLoader</name>
    <message>
        <source>Opening {path}…</source>
        <translation>Abriendo {path}…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>Abriendo</translation>
    </message>
    <message>
        <source>{path}: cannot be read ({problem})</source>
        <translation>{path}: no se puede leer ({problem})</translation>
    </message>
</context>
<context>
    <name>FillTargetDialog</name>
    <message>
        <source>New target column…</source>
        <translation>Nueva columna objetivo…</translation>
    </message>
    <message>
        <source>Fill a target from a rule</source>
        <translation>Rellenar un objetivo con una regla</translation>
    </message>
    <message>
        <source>Target column</source>
        <translation>Columna objetivo</translation>
    </message>
    <message>
        <source>name of the new column</source>
        <translation>nombre de la nueva columna</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguna)</translation>
    </message>
    <message>
        <source>Inputs you can use: {names}</source>
        <translation>Entradas que puedes usar: {names}</translation>
    </message>
    <message>
        <source>Fill</source>
        <translation>Rellenar</translation>
    </message>
    <message>
        <source>New column name</source>
        <translation>Nombre de la nueva columna</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regla</translation>
    </message>
    <message>
        <source>New column name: {problem}</source>
        <translation>Nombre de la nueva columna: {problem}</translation>
    </message>
</context>
<context>
    <name>FormulaLink</name>
    <message>
        <source>Formula</source>
        <translation>Fórmula</translation>
    </message>
    <message>
        <source>Show or hide the formula panel (Ctrl+Shift+F): click an edge of the network diagram to see its update with the numbers of the shown iteration</source>
        <translation>Mostrar u ocultar el panel de fórmulas (Ctrl+Mayús+F): haz clic en una arista del diagrama de la red para ver su actualización con los números de la iteración mostrada</translation>
    </message>
    <message>
        <source>Exported script</source>
        <translation>Script exportado</translation>
    </message>
    <message>
        <source>The script has no line for {name}.</source>
        <translation>El script no tiene ninguna línea para {name}.</translation>
    </message>
</context>
<context>
    <name>FormulaPanel</name>
    <message>
        <source>Formula with the numbers of the shown iteration</source>
        <translation>Fórmula con los números de la iteración mostrada</translation>
    </message>
    <message>
        <source>Show in script</source>
        <translation>Mostrar en el script</translation>
    </message>
    <message>
        <source>Show this line in the exported script</source>
        <translation>Mostrar esta línea en el script exportado</translation>
    </message>
    <message>
        <source>Open the exported Python script at the line that computes this quantity, highlighted</source>
        <translation>Abrir el script de Python exportado en la línea que calcula esta magnitud, resaltada</translation>
    </message>
    <message>
        <source>Click an edge of the network diagram (or a unit) to see its update here; with the diagram focused, the arrow keys walk the edges.</source>
        <translation>Haz clic en una arista del diagrama de la red (o en una unidad) para ver aquí su actualización; con el diagrama enfocado, las flechas recorren las aristas.</translation>
    </message>
    <message>
        <source>{name}: the bias of {target}</source>
        <translation>{name}: el sesgo de {target}</translation>
    </message>
    <message>
        <source>{name}: the weight from {source} to {target}</source>
        <translation>{name}: el peso de {source} a {target}</translation>
    </message>
    <message>
        <source>iteration {number}</source>
        <translation>iteración {number}</translation>
    </message>
    <message>
        <source>Each row r of the batch ({count} rows):</source>
        <translation>Cada fila r del lote ({count} filas):</translation>
    </message>
    <message>
        <source>The bias unit: a constant 1 (its weights are the b{number} row)</source>
        <translation>La unidad de sesgo: un 1 constante (sus pesos son la fila b{number})</translation>
    </message>
    <message>
        <source>{name}: an input (l0[r, {index}]); it learns nothing</source>
        <translation>{name}: una entrada (l0[r, {index}]); no aprende nada</translation>
    </message>
    <message>
        <source>{name}: its delta, what every weight into it learns from</source>
        <translation>{name}: su delta, de la que aprende cada peso que llega a ella</translation>
    </message>
</context>
<context>
    <name>GeneratorDialog</name>
    <message>
        <source>Generate a truth table</source>
        <translation>Generar una tabla de verdad</translation>
    </message>
    <message>
        <source>How many inputs (1 to {most}); every combination of 0 and 1 becomes a row</source>
        <translation>Cuántas entradas (de 1 a {most}); cada combinación de 0 y 1 se convierte en una fila</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>Entradas</translation>
    </message>
    <message>
        <source>The inputs&apos; names, separated by spaces or commas</source>
        <translation>Los nombres de las entradas, separados por espacios o comas</translation>
    </message>
    <message>
        <source>The target column&apos;s name</source>
        <translation>El nombre de la columna objetivo</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>Generar</translation>
    </message>
    <message>
        <source>Input names</source>
        <translation>Nombres de las entradas</translation>
    </message>
    <message>
        <source>Target name</source>
        <translation>Nombre del objetivo</translation>
    </message>
    <message>
        <source>Target rule</source>
        <translation>Regla del objetivo</translation>
    </message>
    <message>
        <source>Give 1 to {most} input names (there are {count})</source>
        <translation>Indica de 1 a {most} nombres de entrada (hay {count})</translation>
    </message>
    <message>
        <source>Target name: {problem}</source>
        <translation>Nombre del objetivo: {problem}</translation>
    </message>
    <message>
        <source>the target from the rule</source>
        <translation>el objetivo según la regla</translation>
    </message>
    <message>
        <source>the target set to 0</source>
        <translation>el objetivo a 0</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s), {filled}</source>
        <translation>
            <numerusform>%Ln fila, {filled}</numerusform>
            <numerusform>%Ln filas, {filled}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Help pages</source>
        <translation>Páginas de ayuda</translation>
    </message>
</context>
<context>
    <name>HelpPage</name>
    <message>
        <source>What is happening?</source>
        <translation>¿Qué está pasando?</translation>
    </message>
    <message>
        <source>&lt;p&gt;The network learns the &lt;b&gt;Dataset&lt;/b&gt; table: for each row, the &lt;i&gt;inputs&lt;/i&gt; should give the
&lt;i&gt;target&lt;/i&gt;. It starts with random weights (the &lt;b&gt;Seed&lt;/b&gt; chooses them) and then repeats one
&lt;b&gt;iteration&lt;/b&gt; many times. Each iteration has four steps. The names are the ones the notebook uses,
and the ones the &lt;b&gt;Inspector&lt;/b&gt; shows (open it with &lt;b&gt;Ctrl+I&lt;/b&gt;, press &lt;b&gt;Step&lt;/b&gt;, and read the numbers).&lt;/p&gt;
</source>
        <translation>&lt;p&gt;La red aprende la tabla &lt;b&gt;Datos&lt;/b&gt;: en cada fila, las &lt;i&gt;entradas&lt;/i&gt; deberían dar el
&lt;i&gt;objetivo&lt;/i&gt;. Empieza con pesos aleatorios (la &lt;b&gt;Semilla&lt;/b&gt; los elige) y después repite muchas veces una
&lt;b&gt;iteración&lt;/b&gt;. Cada iteración tiene cuatro pasos. Los nombres son los que usa el cuaderno
y los que muestra el &lt;b&gt;Inspector&lt;/b&gt; (ábrelo con &lt;b&gt;Ctrl+I&lt;/b&gt;, pulsa &lt;b&gt;Paso&lt;/b&gt; y lee los números).&lt;/p&gt;
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
        <translation>&lt;h3&gt;1. Propagación hacia delante&lt;/h3&gt;
&lt;p&gt;&lt;code&gt;l0&lt;/code&gt; son las entradas de la tabla, una fila por ejemplo. Cada capa multiplica la capa anterior por
sus pesos y comprime el resultado en 0…1 con la sigmoide:
&lt;code&gt;l1 = nonlin(np.dot(l0, syn0))&lt;/code&gt;, después &lt;code&gt;l2 = nonlin(np.dot(l1, syn1))&lt;/code&gt;.
&lt;code&gt;syn0&lt;/code&gt; y &lt;code&gt;syn1&lt;/code&gt; son los pesos: en el diagrama, las líneas azules son pesos positivos, las
naranjas negativos, y las más gruesas pesos más grandes. El relleno gris de un círculo es la salida de esa unidad
para la fila seleccionada (oscuro = cerca de 1).&lt;/p&gt;
</translation>
    </message>
    <message>
        <source>&lt;h3&gt;2. Error&lt;/h3&gt;
&lt;p&gt;The last layer is the network&apos;s answer. &lt;code&gt;l2_error = y - l2&lt;/code&gt;: the target minus the output, for every
row. The &lt;b&gt;Error:&lt;/b&gt; lines of the log and the error plot show the mean of its absolute values; it should fall
towards 0. The &lt;b&gt;Predictions&lt;/b&gt; tab shows output and |error| for every row.&lt;/p&gt;
</source>
        <translation>&lt;h3&gt;2. Error&lt;/h3&gt;
&lt;p&gt;La última capa es la respuesta de la red. &lt;code&gt;l2_error = y - l2&lt;/code&gt;: el objetivo menos la salida, para
cada fila. Las líneas &lt;b&gt;Error:&lt;/b&gt; del registro y la gráfica del error muestran la media de sus valores absolutos;
debería bajar hacia 0. La pestaña &lt;b&gt;Predicciones&lt;/b&gt; muestra la salida y el |error| de cada fila.&lt;/p&gt;
</translation>
    </message>
    <message>
        <source>&lt;h3&gt;3. Delta (the backward pass)&lt;/h3&gt;
&lt;p&gt;The error is multiplied by the slope of the sigmoid: &lt;code&gt;l2_delta = l2_error * nonlin(l2, deriv=True)&lt;/code&gt;.
An output that is already confidently near 0 or 1 has a small slope, so it changes little. The blame is then sent
back along the weights to the hidden layer, &lt;code&gt;l1_error = l2_delta.dot(syn1.T)&lt;/code&gt;, and turned into its
delta the same way: &lt;code&gt;l1_delta = l1_error * nonlin(l1, deriv=True)&lt;/code&gt;.&lt;/p&gt;
</source>
        <translation>&lt;h3&gt;3. Delta (la propagación hacia atrás)&lt;/h3&gt;
&lt;p&gt;El error se multiplica por la pendiente de la sigmoide:
&lt;code&gt;l2_delta = l2_error * nonlin(l2, deriv=True)&lt;/code&gt;. Una salida que ya está con seguridad cerca de 0 o de 1
tiene poca pendiente, así que cambia poco. La culpa se envía luego hacia atrás por los pesos hasta la capa oculta,
&lt;code&gt;l1_error = l2_delta.dot(syn1.T)&lt;/code&gt;, y se convierte en su delta de la misma manera:
&lt;code&gt;l1_delta = l1_error * nonlin(l1, deriv=True)&lt;/code&gt;.&lt;/p&gt;
</translation>
    </message>
    <message>
        <source>&lt;h3&gt;4. Update&lt;/h3&gt;
&lt;p&gt;Every weight changes by (what came in on it) × (the delta where it arrives), summed over all rows:
&lt;code&gt;syn1 += l1.T.dot(l2_delta)&lt;/code&gt; and &lt;code&gt;syn0 += l0.T.dot(l1_delta)&lt;/code&gt;. The &lt;b&gt;learning rate&lt;/b&gt;
multiplies this change. Then the next iteration starts with the new weights.&lt;/p&gt;
</source>
        <translation>&lt;h3&gt;4. Actualización&lt;/h3&gt;
&lt;p&gt;Cada peso cambia en (lo que entró por él) × (el delta donde llega), sumado sobre todas las filas:
&lt;code&gt;syn1 += l1.T.dot(l2_delta)&lt;/code&gt; y &lt;code&gt;syn0 += l0.T.dot(l1_delta)&lt;/code&gt;. La &lt;b&gt;tasa de aprendizaje&lt;/b&gt;
multiplica este cambio. Después la siguiente iteración empieza con los pesos nuevos.&lt;/p&gt;
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
        <translation>&lt;h3&gt;Los controles&lt;/h3&gt;
&lt;ul&gt;
&lt;li&gt;&lt;b&gt;Entrenar&lt;/b&gt; vuelve a empezar desde los pesos de la semilla y llega hasta &lt;b&gt;Iteraciones&lt;/b&gt;.
&lt;b&gt;Seguir&lt;/b&gt; sigue desde donde está la red; &lt;b&gt;Pausa&lt;/b&gt; (o &lt;b&gt;Detener&lt;/b&gt;) lo conserva todo, así que
Seguir continúa exactamente como si nunca se hubiera pausado.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Paso&lt;/b&gt; hace una iteración; &lt;b&gt;N pasos&lt;/b&gt; hace las que indica la casilla. El control &lt;b&gt;Velocidad&lt;/b&gt; va
de una iteración por segundo (se ve cada cambio) a toda velocidad.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Reiniciar&lt;/b&gt; vuelve a los mismos pesos iniciales; &lt;b&gt;Nueva semilla&lt;/b&gt; elige otros.&lt;/li&gt;
&lt;li&gt;El control &lt;b&gt;Historial&lt;/b&gt; muestra momentos anteriores del entrenamiento sin volver a entrenar.&lt;/li&gt;
&lt;li&gt;El &lt;b&gt;modo presentación&lt;/b&gt; (F9; Ctrl+ y Ctrl− cambian el tamaño, Ctrl+0 vuelve al normal) lo agranda todo
para un proyector; &lt;b&gt;F11&lt;/b&gt; es pantalla completa.&lt;/li&gt;
&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;With more hidden layers the names go on: &lt;code&gt;l3&lt;/code&gt;, &lt;code&gt;syn2&lt;/code&gt;, &lt;code&gt;l3_delta&lt;/code&gt;, ...
With &lt;b&gt;Bias&lt;/b&gt; on, each layer also gets a weight from a constant 1 (the bias row &lt;code&gt;b0&lt;/code&gt;, &lt;code&gt;b1&lt;/code&gt;,
... in the inspector, the square &quot;1&quot; nodes in the diagram).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Con más capas ocultas los nombres siguen: &lt;code&gt;l3&lt;/code&gt;, &lt;code&gt;syn2&lt;/code&gt;, &lt;code&gt;l3_delta&lt;/code&gt;, ...
Con el &lt;b&gt;Sesgo&lt;/b&gt; activado, cada capa recibe además un peso desde un 1 constante (la fila de sesgo
&lt;code&gt;b0&lt;/code&gt;, &lt;code&gt;b1&lt;/code&gt;, ... en el inspector, los nodos cuadrados «1» en el diagrama).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otros</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Mayús+Tab</translation>
    </message>
    <message>
        <source>Move to the next or previous control or panel</source>
        <translation>Ir al control o panel siguiente o anterior</translation>
    </message>
    <message>
        <source>Arrow keys</source>
        <translation>Teclas de flecha</translation>
    </message>
    <message>
        <source>Move inside a table, a list or a slider</source>
        <translation>Moverse dentro de una tabla, una lista o un control deslizante</translation>
    </message>
    <message>
        <source>F2 or typing</source>
        <translation>F2 o escribir</translation>
    </message>
    <message>
        <source>Edit the selected cell of the dataset table</source>
        <translation>Editar la celda seleccionada de la tabla de datos</translation>
    </message>
    <message>
        <source>Alt + underlined letter</source>
        <translation>Alt + letra subrayada</translation>
    </message>
    <message>
        <source>Open a menu or move to a field</source>
        <translation>Abrir un menú o saltar a un campo</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Espacio</translation>
    </message>
    <message>
        <source>Press the button or tick the box that has the focus</source>
        <translation>Pulsar el botón o marcar la casilla que tiene el foco</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Moving around</source>
        <translation>Moverse por la ventana</translation>
    </message>
</context>
<context>
    <name>HistoryScrubber</name>
    <message>
        <source>Look back through this run: drag to show the weights, predictions and inspector at an earlier iteration (nothing is retrained). Training and Play always go on from the latest iteration, at the right end.</source>
        <translation>Mira hacia atrás en este entrenamiento: arrastra para ver los pesos, las predicciones y el inspector en una iteración anterior (no se vuelve a entrenar nada). Entrenar y Seguir siempre siguen desde la última iteración, en el extremo derecho.</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>iteration 1,000,000,000 (latest)</source>
        <translation>iteración 1.000.000.000 (la última)</translation>
    </message>
    <message>
        <source>iteration {number} (latest)</source>
        <translation>iteración {number} (la última)</translation>
    </message>
    <message>
        <source>iteration {number}</source>
        <translation>iteración {number}</translation>
    </message>
</context>
<context>
    <name>InspectorPanel</name>
    <message>
        <source>1 · Forward pass</source>
        <translation>1 · Propagación hacia delante</translation>
    </message>
    <message>
        <source>Each layer&apos;s output from the one before: multiply by the weights, squash.</source>
        <translation>La salida de cada capa a partir de la anterior: multiplicar por los pesos, comprimir.</translation>
    </message>
    <message>
        <source>2 · Error</source>
        <translation>2 · Error</translation>
    </message>
    <message>
        <source>How far the output is from the target.</source>
        <translation>Cuánto se aleja la salida del objetivo.</translation>
    </message>
    <message>
        <source>3 · Backward pass</source>
        <translation>3 · Propagación hacia atrás</translation>
    </message>
    <message>
        <source>The deltas: the error times the slope, sent back from the output.</source>
        <translation>Los deltas: el error por la pendiente, enviados hacia atrás desde la salida.</translation>
    </message>
    <message>
        <source>4 · Update</source>
        <translation>4 · Actualización</translation>
    </message>
    <message>
        <source>What this iteration adds to the weights; Step applies it.</source>
        <translation>Lo que esta iteración suma a los pesos; Paso lo aplica.</translation>
    </message>
    <message>
        <source>Typed weight or prediction</source>
        <translation>Peso o predicción escritos</translation>
    </message>
    <message>
        <source>Inspector matrices</source>
        <translation>Matrices del inspector</translation>
    </message>
    <message>
        <source>Iteration {number}</source>
        <translation>Iteración {number}</translation>
    </message>
    <message>
        <source>(the loop&apos;s pass &lt;code&gt;j = {j}&lt;/code&gt;, with the weights after {number} updates)</source>
        <translation>(la vuelta del bucle &lt;code&gt;j = {j}&lt;/code&gt;, con los pesos tras {number} actualizaciones)</translation>
    </message>
    <message>
        <source>Step applies the updates (section 4) to the weights. Hover a matrix for what it means; click a row to follow that example in every matrix and in the diagram.</source>
        <translation>Paso aplica las actualizaciones (sección 4) a los pesos. Pasa el ratón por una matriz para ver qué significa; haz clic en una fila para seguir ese ejemplo en cada matriz y en el diagrama.</translation>
    </message>
    <message>
        <source>Nothing to show yet: the table or the settings have a problem.</source>
        <translation>Aún no hay nada que mostrar: la tabla o la configuración tienen un problema.</translation>
    </message>
    <message>
        <source>looking back in History</source>
        <translation>mirando atrás en el Historial</translation>
    </message>
    <message>
        <source>predict</source>
        <translation>predecir</translation>
    </message>
    <message>
        <source>Type a new value for {cell} and press Enter (Ctrl+Z undoes it)</source>
        <translation>Escribe un valor nuevo para {cell} y pulsa Intro (Ctrl+Z lo deshace)</translation>
    </message>
    <message>
        <source>Type what you expect {cell} to be, press Enter, then Step: the inspector compares it with the engine&apos;s</source>
        <translation>Escribe lo que esperas que valga {cell}, pulsa Intro y luego Paso: el inspector lo compara con el del motor</translation>
    </message>
    <message>
        <source>{text} is not a number: type one such as {a} or {b}</source>
        <translation>{text} no es un número: escribe uno como {a} o {b}</translation>
    </message>
</context>
<context>
    <name>LandscapeControls</name>
    <message>
        <source>Exact slice of two weights</source>
        <translation>Corte exacto de dos pesos</translation>
    </message>
    <message>
        <source>Interpolation start → end</source>
        <translation>Interpolación inicio → final</translation>
    </message>
    <message>
        <source>Projection on two random directions</source>
        <translation>Proyección sobre dos direcciones aleatorias</translation>
    </message>
    <message>
        <source>exact slice: the error of the network with these two weights set, every other weight frozen at iteration {iteration}</source>
        <translation>corte exacto: el error de la red con estos dos pesos fijados y todos los demás congelados en la iteración {iteration}</translation>
    </message>
    <message>
        <source>interpolation start → end: the error along the straight line from the weights of iteration {start} (t = 0) to those of iteration {iteration} (t = 1), every weight at once</source>
        <translation>interpolación inicio → final: el error a lo largo de la recta desde los pesos de la iteración {start} (t = 0) hasta los de la iteración {iteration} (t = 1), todos los pesos a la vez</translation>
    </message>
    <message>
        <source>projection on two random directions (filter-normalised, seed {seed}) through the weights of iteration {iteration}: every weight moves at once</source>
        <translation>proyección sobre dos direcciones aleatorias (normalizadas por filtro, semilla {seed}) a través de los pesos de la iteración {iteration}: todos los pesos se mueven a la vez</translation>
    </message>
    <message>
        <source>What to draw</source>
        <translation>Qué dibujar</translation>
    </message>
    <message>
        <source>An exact slice over two weights, the interpolation from the start weights to the shown ones, or a projection on two random directions</source>
        <translation>Un corte exacto sobre dos pesos, la interpolación desde los pesos iniciales hasta los mostrados o una proyección sobre dos direcciones aleatorias</translation>
    </message>
    <message>
        <source>Weight {number}</source>
        <translation>Peso {number}</translation>
    </message>
    <message>
        <source>The weight on the {axis} axis; or click two edges of the network diagram</source>
        <translation>El peso del eje {axis}; o haz clic en dos aristas del diagrama de la red</translation>
    </message>
    <message>
        <source>horizontal</source>
        <translation>horizontal</translation>
    </message>
    <message>
        <source>vertical</source>
        <translation>vertical</translation>
    </message>
    <message>
        <source>Grid points per side</source>
        <translation>Puntos de la cuadrícula por lado</translation>
    </message>
    <message>
        <source>How many values of each weight the surface is computed at</source>
        <translation>Para cuántos valores de cada peso se calcula la superficie</translation>
    </message>
    <message>
        <source>Seed of the random directions</source>
        <translation>Semilla de las direcciones aleatorias</translation>
    </message>
    <message>
        <source>The random directions of the projection come from this seed</source>
        <translation>Las direcciones aleatorias de la proyección salen de esta semilla</translation>
    </message>
    <message>
        <source>Recompute at shown iteration</source>
        <translation>Recalcular en la iteración mostrada</translation>
    </message>
    <message>
        <source>Freeze the other weights at the iteration on show now and compute again (F5)</source>
        <translation>Congelar los demás pesos en la iteración mostrada ahora y volver a calcular (F5)</translation>
    </message>
    <message>
        <source>Re-grid</source>
        <translation>Recalcular cuadrícula</translation>
    </message>
    <message>
        <source>Compute the surface again over the range in view, after zooming (drag a rectangle or turn the wheel) (Ctrl+R)</source>
        <translation>Volver a calcular la superficie sobre el rango visible, tras hacer zoom (arrastra un rectángulo o gira la rueda) (Ctrl+R)</translation>
    </message>
    <message>
        <source>Ghost paths</source>
        <translation>Caminos fantasma</translation>
    </message>
    <message>
        <source>The paths gradient descent, momentum and Adam take from the same start weights, with the run&apos;s other settings</source>
        <translation>Los caminos que siguen el descenso de gradiente, momentum y Adam desde los mismos pesos iniciales, con los demás ajustes de la ejecución</translation>
    </message>
    <message>
        <source>Sharpness</source>
        <translation>Agudeza</translation>
    </message>
    <message>
        <source>The largest eigenvalue of the error&apos;s Hessian along the run, against 2/η: above it, plain gradient descent overshoots</source>
        <translation>El mayor valor propio de la hessiana del error a lo largo de la ejecución, frente a 2/η: por encima, el descenso de gradiente simple se pasa de largo</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Export the landscape</source>
        <translation>Exportar el paisaje</translation>
    </message>
    <message>
        <source>Picture (PNG)…</source>
        <translation>Imagen (PNG)…</translation>
    </message>
    <message>
        <source>Drawing (SVG)…</source>
        <translation>Dibujo (SVG)…</translation>
    </message>
    <message>
        <source>Numbers (CSV)…</source>
        <translation>Números (CSV)…</translation>
    </message>
    <message>
        <source>&amp;Draw</source>
        <translation>&amp;Dibujar</translation>
    </message>
    <message>
        <source>Weight &amp;1</source>
        <translation>Peso &amp;1</translation>
    </message>
    <message>
        <source>Weight &amp;2</source>
        <translation>Peso &amp;2</translation>
    </message>
    <message>
        <source>&amp;Grid</source>
        <translation>&amp;Cuadrícula</translation>
    </message>
    <message>
        <source>S&amp;eed</source>
        <translation>S&amp;emilla</translation>
    </message>
</context>
<context>
    <name>LandscapeWindow</name>
    <message>
        <source>Export the landscape</source>
        <translation>Exportar el paisaje</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Imagen PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>Dibujo SVG (*.svg)</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>Tabla CSV (*.csv)</translation>
    </message>
    <message>
        <source>Loss landscape</source>
        <translation>Paisaje del error</translation>
    </message>
    <message>
        <source>Click an edge of the network diagram to choose weight {number}.</source>
        <translation>Haz clic en una arista del diagrama de la red para elegir el peso {number}.</translation>
    </message>
    <message>
        <source>Choose two different weights.</source>
        <translation>Elige dos pesos distintos.</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Calculando…</translation>
    </message>
    <message>
        <source>gradient descent</source>
        <translation>descenso de gradiente</translation>
    </message>
    <message>
        <source>momentum</source>
        <translation>momentum</translation>
    </message>
    <message>
        <source>Adam</source>
        <translation>Adam</translation>
    </message>
    <message>
        <source>{optimiser} (as this run)</source>
        <translation>{optimiser} (como esta ejecución)</translation>
    </message>
    <message>
        <source>Could not compute: {reason}</source>
        <translation>No se pudo calcular: {reason}</translation>
    </message>
    <message>
        <source>t (0: start weights, 1: shown weights)</source>
        <translation>t (0: pesos iniciales, 1: pesos mostrados)</translation>
    </message>
    <message>
        <source>Lowest error {error} at t = {t}; start {start}, end {end}.</source>
        <translation>Error mínimo {error} en t = {t}; inicio {start}, final {end}.</translation>
    </message>
    <message>
        <source>error along the interpolation from the start weights to the shown ones; lowest {error} at t = {t}</source>
        <translation>error a lo largo de la interpolación desde los pesos iniciales hasta los mostrados; mínimo {error} en t = {t}</translation>
    </message>
    <message>
        <source>Loss landscape: nothing computed</source>
        <translation>Paisaje del error: nada calculado</translation>
    </message>
    <message>
        <source>error surface over {x} and {y}; lowest {error} at {x} = {x_value}, {y} = {y_value}</source>
        <translation>superficie del error sobre {x} y {y}; mínimo {error} en {x} = {x_value}, {y} = {y_value}</translation>
    </message>
    <message>
        <source>Train or open a network to see its landscape.</source>
        <translation>Entrena o abre una red para ver su paisaje.</translation>
    </message>
    <message>
        <source>Iteration {iteration}: {x} = {x_value}, {y} = {y_value}; the lowest error on the grid is {error}, at ({x_low}, {y_low}).</source>
        <translation>Iteración {iteration}: {x} = {x_value}, {y} = {y_value}; el error mínimo de la cuadrícula es {error}, en ({x_low}, {y_low}).</translation>
    </message>
    <message>
        <source>Nothing is drawn yet.</source>
        <translation>Todavía no hay nada dibujado.</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>As the computer is set ({language})</source>
        <translation>Como esté configurado el ordenador ({language})</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>NN Playground will be in {language} from its next start. Restart it now?</source>
        <translation>NN Playground estará en {language} a partir del próximo inicio. ¿Reiniciarlo ahora?</translation>
    </message>
</context>
<context>
    <name>LegendPlacement</name>
    <message>
        <source>{label} · {iterations} iterations</source>
        <translation>{label} · {iterations} iteraciones</translation>
    </message>
    <message>
        <source>test rows (held out)</source>
        <translation>filas de prueba (apartadas)</translation>
    </message>
</context>
<context>
    <name>LessonAuthor</name>
    <message>
        <source>New Lesson from Current State…</source>
        <translation>Nueva lección desde el estado actual…</translation>
    </message>
    <message>
        <source>Add Step from Current State…</source>
        <translation>Añadir paso desde el estado actual…</translation>
    </message>
    <message>
        <source>Edit Step…</source>
        <translation>Editar paso…</translation>
    </message>
    <message>
        <source>Save Lesson As…</source>
        <translation>Guardar lección como…</translation>
    </message>
    <message>
        <source>Write what the students should do here.</source>
        <translation>Escribe aquí lo que deben hacer los estudiantes.</translation>
    </message>
    <message>
        <source>New lesson</source>
        <translation>Nueva lección</translation>
    </message>
    <message>
        <source>Title of the lesson:</source>
        <translation>Título de la lección:</translation>
    </message>
    <message>
        <source>Save Lesson As</source>
        <translation>Guardar lección como</translation>
    </message>
    <message>
        <source>Lessons (*{suffix})</source>
        <translation>Lecciones (*{suffix})</translation>
    </message>
    <message>
        <source>Saved the lesson to {name}</source>
        <translation>Lección guardada en {name}</translation>
    </message>
</context>
<context>
    <name>LessonPanel</name>
    <message>
        <source>Type a number</source>
        <translation>Escribe un número</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Comprobar</translation>
    </message>
    <message>
        <source>Numbers marked ? appear once you answer.</source>
        <translation>Los números marcados con ? aparecen en cuanto respondas.</translation>
    </message>
    <message>
        <source>◀ Back</source>
        <translation>◀ Atrás</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Siguiente ▶</translation>
    </message>
    <message>
        <source>Close lesson</source>
        <translation>Cerrar lección</translation>
    </message>
    <message>
        <source>Lesson text</source>
        <translation>Texto de la lección</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>Tu respuesta</translation>
    </message>
    <message>
        <source>Feedback on your answer</source>
        <translation>Respuesta a tu respuesta</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Qué hacer</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Lesson progress</source>
        <translation>Progreso de la lección</translation>
    </message>
    <message>
        <source>Lesson step</source>
        <translation>Paso de la lección</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Lección</translation>
    </message>
    <message>
        <source>Hidden numbers</source>
        <translation>Números ocultos</translation>
    </message>
    <message>
        <source>Step {number} of {count}</source>
        <translation>Paso {number} de {count}</translation>
    </message>
    <message>
        <source>Finish ✓</source>
        <translation>Terminar ✓</translation>
    </message>
    <message>
        <source>Lock in my prediction</source>
        <translation>Fijar mi predicción</translation>
    </message>
    <message>
        <source>✓ Done: {action}</source>
        <translation>✓ Hecho: {action}</translation>
    </message>
    <message>
        <source>To do: {action}</source>
        <translation>Por hacer: {action}</translation>
    </message>
    <message>
        <source>Type a number (for example {a} or {b}).</source>
        <translation>Escribe un número (por ejemplo {a} o {b}).</translation>
    </message>
</context>
<context>
    <name>LessonPlayer</name>
    <message>
        <source>Lesson</source>
        <translation>Lección</translation>
    </message>
    <message>
        <source>&amp;Lessons</source>
        <translation>Lecci&amp;ones</translation>
    </message>
    <message>
        <source>Open Lesson…</source>
        <translation>Abrir lección…</translation>
    </message>
    <message>
        <source>Close Lesson</source>
        <translation>Cerrar lección</translation>
    </message>
    <message>
        <source>(reached step {number})</source>
        <translation>(hasta el paso {number})</translation>
    </message>
    <message>
        <source>Open Lesson</source>
        <translation>Abrir lección</translation>
    </message>
    <message>
        <source>Lessons (*{suffix});;All files (*)</source>
        <translation>Lecciones (*{suffix});;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Cannot open the lesson</source>
        <translation>No se puede abrir la lección</translation>
    </message>
    <message>
        <source>“{name}” could not be opened.</source>
        <translation>No se pudo abrir «{name}».</translation>
    </message>
    <message>
        <source>The lesson&apos;s translation cannot be used, so it is shown as written: {problem}</source>
        <translation>La traducción de la lección no se puede usar, así que se muestra tal como está escrita: {problem}</translation>
    </message>
    <message>
        <source>Stop training before opening a lesson</source>
        <translation>Detén el entrenamiento antes de abrir una lección</translation>
    </message>
    <message>
        <source>Wait until the network is shown and not training, then lock in.</source>
        <translation>Espera a que la red se muestre y no esté entrenando; luego fija.</translation>
    </message>
    <message>
        <source>Locked in: {value}. Now: {action}</source>
        <translation>Fijada: {value}. Ahora: {action}</translation>
    </message>
    <message>
        <source>Lock in a prediction first; the step&apos;s starting weights are back.</source>
        <translation>Primero fija una predicción; los pesos iniciales del paso han vuelto.</translation>
    </message>
    <message>
        <source>{feedback} The step&apos;s starting weights are back: predict again.</source>
        <translation>{feedback} Los pesos iniciales del paso han vuelto: predice otra vez.</translation>
    </message>
</context>
<context>
    <name>LessonReport</name>
    <message>
        <source>Save My Answers…</source>
        <translation>Guardar mis respuestas…</translation>
    </message>
    <message>
        <source>Write this lesson&apos;s answers, the right values and the error plot as a one-page PDF for the teacher</source>
        <translation>Escribe las respuestas de esta lección, los valores correctos y la gráfica del error en un PDF de una página para el profesor</translation>
    </message>
    <message>
        <source>{right} of {asked} questions answered right; {first} at the first try.</source>
        <translation>{right} de {asked} preguntas respondidas bien; {first} al primer intento.</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Right value</source>
        <translation>Valor correcto</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <source>No question of this lesson has been answered yet.</source>
        <translation>Todavía no se ha respondido ninguna pregunta de esta lección.</translation>
    </message>
    <message>
        <source>The error plot:</source>
        <translation>La gráfica del error:</translation>
    </message>
    <message>
        <source>the file cannot be written there</source>
        <translation>el archivo no se puede escribir ahí</translation>
    </message>
    <message>
        <source>Save My Answers</source>
        <translation>Guardar mis respuestas</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Cannot save the answers</source>
        <translation>No se pueden guardar las respuestas</translation>
    </message>
    <message>
        <source>The answers could not be saved to “{name}”: {reason}</source>
        <translation>No se pudieron guardar las respuestas en «{name}»: {reason}</translation>
    </message>
</context>
<context>
    <name>LogView</name>
    <message>
        <source>The error at the logged iterations, printed as the notebook prints it.</source>
        <translation>El error en las iteraciones registradas, impreso como lo imprime el cuaderno.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>The truth table: one row per example. Tinted columns are targets, the outputs the network should learn.</source>
        <translation>La tabla de verdad: una fila por ejemplo. Las columnas coloreadas son objetivos, las salidas que la red debe aprender.</translation>
    </message>
    <message>
        <source>+ Row</source>
        <translation>+ Fila</translation>
    </message>
    <message>
        <source>Add a row at the end</source>
        <translation>Añadir una fila al final</translation>
    </message>
    <message>
        <source>− Row</source>
        <translation>− Fila</translation>
    </message>
    <message>
        <source>Remove the selected rows</source>
        <translation>Eliminar las filas seleccionadas</translation>
    </message>
    <message>
        <source>+ Input</source>
        <translation>+ Entrada</translation>
    </message>
    <message>
        <source>Add an input column</source>
        <translation>Añadir una columna de entrada</translation>
    </message>
    <message>
        <source>+ Target</source>
        <translation>+ Objetivo</translation>
    </message>
    <message>
        <source>Add a target column (another output)</source>
        <translation>Añadir una columna objetivo (otra salida)</translation>
    </message>
    <message>
        <source>− Column</source>
        <translation>− Columna</translation>
    </message>
    <message>
        <source>Remove the selected column</source>
        <translation>Eliminar la columna seleccionada</translation>
    </message>
    <message>
        <source>Locked while training</source>
        <translation>Bloqueado durante el entrenamiento</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Datos</translation>
    </message>
    <message>
        <source>Network and training</source>
        <translation>Red y entrenamiento</translation>
    </message>
    <message>
        <source>More settings: the window is too short to show them all</source>
        <translation>Más ajustes: la ventana es demasiado baja para mostrarlos todos</translation>
    </message>
    <message>
        <source>For each row: the target, the network&apos;s output and how far apart they are.</source>
        <translation>Para cada fila: el objetivo, la salida de la red y cuánto se separan.</translation>
    </message>
    <message>
        <source>Predictions</source>
        <translation>Predicciones</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>Decision map</source>
        <translation>Mapa de decisión</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Entrenamiento</translation>
    </message>
    <message>
        <source>▶  Train</source>
        <translation>▶  Entrenar</translation>
    </message>
    <message>
        <source>Train the network on the table (F5 or Ctrl+Return)</source>
        <translation>Entrenar la red con la tabla (F5 o Ctrl+Intro)</translation>
    </message>
    <message>
        <source>■  Stop</source>
        <translation>■  Detener</translation>
    </message>
    <message>
        <source>Stop training now (Esc); the weights learnt so far are kept</source>
        <translation>Detener ahora el entrenamiento (Esc); se conservan los pesos aprendidos</translation>
    </message>
    <message>
        <source>⟲  Reset</source>
        <translation>⟲  Reiniciar</translation>
    </message>
    <message>
        <source>Forget the training: back to the starting weights of this seed</source>
        <translation>Olvidar el entrenamiento: volver a los pesos iniciales de esta semilla</translation>
    </message>
    <message>
        <source>Clear previous runs</source>
        <translation>Borrar anteriores</translation>
    </message>
    <message>
        <source>Convergence study…</source>
        <translation>Estudio de convergencia…</translation>
    </message>
    <message>
        <source>Train this setting from many seeds at once: how often does it learn?</source>
        <translation>Entrenar esta configuración con muchas semillas a la vez: ¿cuántas veces aprende?</translation>
    </message>
    <message>
        <source>&amp;Presets</source>
        <translation>&amp;Plantillas</translation>
    </message>
    <message>
        <source>&amp;Beyond the notebook</source>
        <translation>&amp;Después del cuaderno</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>Ent&amp;renamiento</translation>
    </message>
    <message>
        <source>Load preset {name}</source>
        <translation>Cargar la plantilla {name}</translation>
    </message>
    <message>
        <source>Replace the table</source>
        <translation>Sustituir la tabla</translation>
    </message>
    <message>
        <source>Cannot train: {reason}</source>
        <translation>No se puede entrenar: {reason}</translation>
    </message>
    <message>
        <source>This run has done {limit} iterations, the most a run can do.</source>
        <translation>Esta ejecución ha hecho {limit} iteraciones, el máximo que puede hacer una ejecución.</translation>
    </message>
    <message>
        <source>Training failed: {problem}</source>
        <translation>El entrenamiento falló: {problem}</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Table</source>
        <translation>&amp;Tabla</translation>
    </message>
</context>
<context>
    <name>MapDrawing</name>
    <message>
        <source>target 1</source>
        <translation>objetivo 1</translation>
    </message>
    <message>
        <source>target 0</source>
        <translation>objetivo 0</translation>
    </message>
    <message>
        <source>same inputs, other target</source>
        <translation>mismas entradas, otro objetivo</translation>
    </message>
    <message>
        <source>No hidden layer: the map is one sigmoid unit, so its boundary is a straight line.</source>
        <translation>Sin capa oculta: el mapa es una sola unidad sigmoide, así que su frontera es una recta.</translation>
    </message>
    <message>
        <source>(the first {shown} of {count})</source>
        <translation>(los primeros {shown} de {count})</translation>
    </message>
    <message>
        <source>Small maps: what each unit of hidden layer 1 computes{more} ({activation}; light low, dark high).</source>
        <translation>Mapas pequeños: lo que calcula cada unidad de la capa oculta 1{more} ({activation}; claro bajo, oscuro alto).</translation>
    </message>
</context>
<context>
    <name>NetworkView</name>
    <message>
        <source>Network diagram</source>
        <translation>Diagrama de la red</translation>
    </message>
    <message>
        <source>inputs</source>
        <translation>entradas</translation>
    </message>
    <message>
        <source>output</source>
        <translation>salida</translation>
    </message>
    <message>
        <source>outputs</source>
        <translation>salidas</translation>
    </message>
    <message>
        <source>hidden {number}</source>
        <translation>oculta {number}</translation>
    </message>
    <message>
        <source>bias</source>
        <translation>sesgo</translation>
    </message>
    <message>
        <source>Labels left out for lack of room: {labels}</source>
        <translation>Etiquetas omitidas por falta de espacio: {labels}</translation>
    </message>
    <message>
        <source>Layers {sizes}.</source>
        <translation>Capas {sizes}.</translation>
    </message>
    <message>
        <source>Strongest weights: {weights}.</source>
        <translation>Pesos más fuertes: {weights}.</translation>
    </message>
    <message>
        <source>Outputs for the selected row: {values}.</source>
        <translation>Salidas para la fila seleccionada: {values}.</translation>
    </message>
    <message>
        <source>positive</source>
        <translation>positivo</translation>
    </message>
    <message>
        <source>negative</source>
        <translation>negativo</translation>
    </message>
    <message>
        <source>thicker = larger |weight|</source>
        <translation>más grueso = mayor |peso|</translation>
    </message>
    <message>
        <source>fill = activation:</source>
        <translation>relleno = activación:</translation>
    </message>
    <message>
        <source>row {number}:  {values}</source>
        <translation>fila {number}:  {values}</translation>
    </message>
    <message>
        <source>bias = 1 (feeds {layer})</source>
        <translation>sesgo = 1 (alimenta {layer})</translation>
    </message>
</context>
<context>
    <name>PlotDescription</name>
    <message>
        <source>not a number</source>
        <translation>no es un número</translation>
    </message>
    <message>
        <source>{right} of 1 row right</source>
        <translation>{right} de 1 fila correcta</translation>
    </message>
    <message>
        <source>{right} of {rows} rows right</source>
        <translation>{right} de {rows} filas correctas</translation>
    </message>
    <message>
        <source>Error {error} at iteration {iteration}, falling from {start}</source>
        <translation>Error {error} en la iteración {iteration}, bajando desde {start}</translation>
    </message>
    <message>
        <source>Error {error} at iteration {iteration}, rising from {start}</source>
        <translation>Error {error} en la iteración {iteration}, subiendo desde {start}</translation>
    </message>
    <message>
        <source>Error {error} at iteration {iteration}, about level since the start ({start})</source>
        <translation>Error {error} en la iteración {iteration}, casi igual que al principio ({start})</translation>
    </message>
    <message>
        <source>Error {error} at iteration {iteration}, the run&apos;s first point</source>
        <translation>Error {error} en la iteración {iteration}, el primer punto del entrenamiento</translation>
    </message>
    <message>
        <source>Error {error} at iteration {iteration}: the values are no longer finite</source>
        <translation>Error {error} en la iteración {iteration}: los valores ya no son finitos</translation>
    </message>
    <message>
        <source>Error plot: no run yet. Press Train (F5) and the mean |error| of every iteration is drawn here.</source>
        <translation>Gráfico del error: aún no hay entrenamiento. Pulsa Entrenar (F5) y aquí se dibuja el |error| medio de cada iteración.</translation>
    </message>
    <message>
        <source>Training finished</source>
        <translation>Entrenamiento terminado</translation>
    </message>
    <message>
        <source>Training reached the target error</source>
        <translation>El entrenamiento alcanzó el error objetivo</translation>
    </message>
    <message>
        <source>Training stopped</source>
        <translation>Entrenamiento detenido</translation>
    </message>
    <message>
        <source>Training stopped: the values became non-finite</source>
        <translation>Entrenamiento interrumpido: los valores dejaron de ser finitos</translation>
    </message>
    <message>
        <source>Training failed</source>
        <translation>El entrenamiento falló</translation>
    </message>
    <message>
        <source>{percent}% done. {facts}</source>
        <translation>{percent} % completado. {facts}</translation>
    </message>
    <message>
        <source>The output {output} over {x} (across) and {y} (up): above 0.5 on {share}% of the square.</source>
        <translation>La salida {output} sobre {x} (horizontal) y {y} (vertical): por encima de 0,5 en el {share} % del cuadrado.</translation>
    </message>
    <message>
        <source>{right} of 1 row shown right.</source>
        <translation>{right} de 1 fila mostrada correcta.</translation>
    </message>
    <message>
        <source>{right} of {rows} rows shown right.</source>
        <translation>{right} de {rows} filas mostradas correctas.</translation>
    </message>
    <message>
        <source>{across} {x}, {up} {y}: {value}</source>
        <translation>{across} {x}, {up} {y}: {value}</translation>
    </message>
    <message>
        <source>At the corners: {corners}.</source>
        <translation>En las esquinas: {corners}.</translation>
    </message>
</context>
<context>
    <name>PredictionsModel</name>
    <message>
        <source>input {name}</source>
        <translation>entrada {name}</translation>
    </message>
    <message>
        <source>target {name}</source>
        <translation>objetivo {name}</translation>
    </message>
    <message>
        <source>not trained yet</source>
        <translation>aún sin entrenar</translation>
    </message>
    <message>
        <source>output {name} = {value}</source>
        <translation>salida {name} = {value}</translation>
    </message>
    <message>
        <source>|error| = |{output} − {target}| = {error}</source>
        <translation>|error| = |{output} − {target}| = {error}</translation>
    </message>
    <message>
        <source>Hidden until you answer the lesson&apos;s question</source>
        <translation>Oculto hasta que respondas la pregunta de la lección</translation>
    </message>
    <message>
        <source>{row} test</source>
        <translation>{row} prueba</translation>
    </message>
    <message>
        <source>A test row: the network never trained on it</source>
        <translation>Una fila de prueba: la red nunca se entrenó con ella</translation>
    </message>
    <message>
        <source>inputs</source>
        <translation>entradas</translation>
    </message>
    <message>
        <source>{name} target</source>
        <translation>{name} objetivo</translation>
    </message>
    <message>
        <source>{name} output</source>
        <translation>{name} salida</translation>
    </message>
    <message>
        <source>{name} |error|</source>
        <translation>{name} |error|</translation>
    </message>
    <message>
        <source>|error|</source>
        <translation>|error|</translation>
    </message>
    <message>
        <source>inputs {names}</source>
        <translation>entradas {names}</translation>
    </message>
    <message>
        <source>input &apos;{name}&apos;</source>
        <translation>entrada «{name}»</translation>
    </message>
    <message>
        <source>target &apos;{name}&apos;: what the output should be</source>
        <translation>objetivo «{name}»: lo que debería ser la salida</translation>
    </message>
    <message>
        <source>the network&apos;s output for &apos;{name}&apos;</source>
        <translation>la salida de la red para «{name}»</translation>
    </message>
    <message>
        <source>|output − target| for &apos;{name}&apos;</source>
        <translation>|salida − objetivo| para «{name}»</translation>
    </message>
</context>
<context>
    <name>Presets</name>
    <message>
        <source>The notebook&apos;s data: y copies x1; x3 is a constant 1 acting as a bias</source>
        <translation>Los datos del cuaderno: y copia x1; x3 es un 1 constante que hace de sesgo</translation>
    </message>
    <message>
        <source>The notebook&apos;s first cell: the same data with no hidden layer</source>
        <translation>La primera celda del cuaderno: los mismos datos sin capa oculta</translation>
    </message>
    <message>
        <source>The notebook&apos;s data with y = x1 xor x2: needs the hidden layer</source>
        <translation>Los datos del cuaderno con y = x1 xor x2: necesita la capa oculta</translation>
    </message>
    <message>
        <source>y = a and b</source>
        <translation>y = a y b</translation>
    </message>
    <message>
        <source>y = a or b</source>
        <translation>y = a o b</translation>
    </message>
    <message>
        <source>y = not (a and b): every logic circuit can be built from it</source>
        <translation>y = no (a y b): con ella se puede construir cualquier circuito lógico</translation>
    </message>
    <message>
        <source>y = a xor b: not linearly separable, so it needs a hidden layer</source>
        <translation>y = a xor b: no es separable linealmente, así que necesita una capa oculta</translation>
    </message>
    <message>
        <source>XOR with no hidden layer: it cannot be learnt (the error stays near 0.5)</source>
        <translation>XOR sin capa oculta: no se puede aprender (el error se queda cerca de 0,5)</translation>
    </message>
    <message>
        <source>y = 1 when at least two of a, b, c are 1</source>
        <translation>y = 1 cuando al menos dos de a, b, c valen 1</translation>
    </message>
    <message>
        <source>y = 1 when an odd number of a, b, c are 1 (three-input XOR)</source>
        <translation>y = 1 cuando un número impar de a, b, c valen 1 (XOR de tres entradas)</translation>
    </message>
    <message>
        <source>Two-bit adder: a1a0 + b1b0 = carry s1 s0</source>
        <translation>Sumador de dos bits: a1a0 + b1b0 = acarreo s1 s0</translation>
    </message>
    <message>
        <source>Seven-segment display a..g to the digit&apos;s binary b3..b0</source>
        <translation>Visor de siete segmentos a..g al binario del dígito b3..b0</translation>
    </message>
    <message>
        <source>8-3-8 auto-encoder: squeeze eight one-hot rows through three hidden units</source>
        <translation>Autocodificador 8-3-8: comprimir ocho filas one-hot a través de tres unidades ocultas</translation>
    </message>
    <message>
        <source>Sure and wrong at the start: the notebook&apos;s loss crawls for ~2,000 iterations (compare saturated-cross-entropy)</source>
        <translation>Segura y equivocada al empezar: con la pérdida del cuaderno avanza a rastras ~2.000 iteraciones (compara saturated-cross-entropy)</translation>
    </message>
    <message>
        <source>The same start with cross-entropy: no a*(1-a) slope in the delta, learnt within 10 iterations</source>
        <translation>El mismo comienzo con entropía cruzada: sin la pendiente a*(1-a) en el delta, aprendido en 10 iteraciones</translation>
    </message>
    <message>
        <source>XOR with a small learning rate: a long plateau near 0.5 (compare plateau-momentum)</source>
        <translation>XOR con una tasa de aprendizaje pequeña: una meseta larga cerca de 0,5 (compara plateau-momentum)</translation>
    </message>
    <message>
        <source>The same plateau with momentum 0.9: crossed about ten times sooner</source>
        <translation>La misma meseta con momentum 0.9: cruzada unas diez veces antes</translation>
    </message>
    <message>
        <source>120 points in a circle, 8 rows per update: each update sees other rows, so the error curve is noisy</source>
        <translation>120 puntos en un círculo, 8 filas por actualización: cada actualización ve otras filas, así la curva de error es ruidosa</translation>
    </message>
    <message>
        <source>Majority of five with three flipped targets and 8 test rows: the training error reaches 0, the test error does not</source>
        <translation>Mayoría de cinco con tres objetivos invertidos y 8 filas de prueba: el error de entrenamiento llega a 0, el de prueba no</translation>
    </message>
    <message>
        <source>Three clouds of points, one-hot targets y1..y3, softmax output</source>
        <translation>Tres nubes de puntos, objetivos one-hot y1..y3, salida softmax</translation>
    </message>
    <message>
        <source>2-D points: class 1 inside a circle, class 0 in a ring around it</source>
        <translation>Puntos 2-D: clase 1 dentro de un círculo, clase 0 en un anillo alrededor</translation>
    </message>
    <message>
        <source>2-D points: class 1 where x1 and x2 have the same sign</source>
        <translation>Puntos 2-D: clase 1 donde x1 y x2 tienen el mismo signo</translation>
    </message>
    <message>
        <source>2-D points: two clouds, one per class</source>
        <translation>Puntos 2-D: dos nubes, una por clase</translation>
    </message>
    <message>
        <source>2-D points: two interleaved spirals (needs two hidden layers)</source>
        <translation>Puntos 2-D: dos espirales entrelazadas (necesita dos capas ocultas)</translation>
    </message>
</context>
<context>
    <name>QuantityCard</name>
    <message>
        <source>Showing at most {rows} rows and {columns} columns.</source>
        <translation>Se muestran como mucho {rows} filas y {columns} columnas.</translation>
    </message>
    <message>
        <source>{name} update</source>
        <translation>cambio de {name}</translation>
    </message>
</context>
<context>
    <name>RaceLink</name>
    <message>
        <source>The helper process stopped unexpectedly ({how}).</source>
        <translation>El proceso auxiliar se detuvo inesperadamente ({how}).</translation>
    </message>
    <message>
        <source>The helper process did not answer, so it was ended.</source>
        <translation>El proceso auxiliar no respondió, así que se terminó.</translation>
    </message>
</context>
<context>
    <name>RaceWindow</name>
    <message>
        <source>Race from the same start</source>
        <translation>Carrera desde el mismo inicio</translation>
    </message>
    <message>
        <source>The untrained start</source>
        <translation>El inicio sin entrenar</translation>
    </message>
    <message>
        <source>Iteration {n} of the run on show</source>
        <translation>Iteración {n} de la ejecución mostrada</translation>
    </message>
    <message>
        <source>The values to race, separated by commas (2 to 6)</source>
        <translation>Los valores de la carrera, separados por comas (de 2 a 6)</translation>
    </message>
    <message>
        <source>▶  &amp;Go</source>
        <translation>▶  &amp;Iniciar</translation>
    </message>
    <message>
        <source>Train every branch from the same weights, side by side</source>
        <translation>Entrenar cada rama desde los mismos pesos, lado a lado</translation>
    </message>
    <message>
        <source>■  &amp;Stop</source>
        <translation>■  &amp;Parar</translation>
    </message>
    <message>
        <source>S&amp;tart</source>
        <translation>I&amp;nicio</translation>
    </message>
    <message>
        <source>&amp;Differs in</source>
        <translation>&amp;Difiere en</translation>
    </message>
    <message>
        <source>&amp;Values</source>
        <translation>&amp;Valores</translation>
    </message>
    <message>
        <source>&amp;Iterations</source>
        <translation>I&amp;teraciones</translation>
    </message>
    <message>
        <source>T&amp;arget error</source>
        <translation>Error &amp;objetivo</translation>
    </message>
    <message>
        <source>Error of every branch</source>
        <translation>Error de cada rama</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Rama</translation>
    </message>
    <message>
        <source>Final error</source>
        <translation>Error final</translation>
    </message>
    <message>
        <source>Iterations to target</source>
        <translation>Iteraciones hasta el objetivo</translation>
    </message>
    <message>
        <source>Final errors and iterations to target</source>
        <translation>Errores finales e iteraciones hasta el objetivo</translation>
    </message>
    <message>
        <source>&amp;Make current</source>
        <translation>&amp;Hacer actual</translation>
    </message>
    <message>
        <source>Put the chosen branch into the run tree and show it in the main window</source>
        <translation>Poner la rama elegida en el árbol de ejecuciones y mostrarla en la ventana principal</translation>
    </message>
    <message>
        <source>Values: {problem}</source>
        <translation>Valores: {problem}</translation>
    </message>
    <message>
        <source>This race cannot run: {problem}</source>
        <translation>Esta carrera no puede ejecutarse: {problem}</translation>
    </message>
    <message>
        <source>Racing {n} branches…</source>
        <translation>{n} ramas en carrera…</translation>
    </message>
    <message>
        <source>Network of {name}</source>
        <translation>Red de {name}</translation>
    </message>
    <message>
        <source>diverged</source>
        <translation>divergió</translation>
    </message>
    <message>
        <source>Stopped. {summary}</source>
        <translation>Detenida. {summary}</translation>
    </message>
    <message>
        <source>The race stopped: {problem}</source>
        <translation>La carrera se detuvo: {problem}</translation>
    </message>
    <message>
        <source>The helper process has not answered for {seconds} s.</source>
        <translation>El proceso auxiliar no responde desde hace {seconds} s.</translation>
    </message>
    <message>
        <source>iteration</source>
        <translation>iteración</translation>
    </message>
    <message>
        <source>mean |error|</source>
        <translation>|error| medio</translation>
    </message>
    <message>
        <source>gradient descent</source>
        <translation>descenso de gradiente</translation>
    </message>
    <message>
        <source>momentum</source>
        <translation>momento</translation>
    </message>
    <message>
        <source>Adam</source>
        <translation>Adam</translation>
    </message>
    <message>
        <source>batch size: all rows</source>
        <translation>tamaño de lote: todas las filas</translation>
    </message>
    <message>
        <source>{setting} {value}</source>
        <translation>{setting} {value}</translation>
    </message>
    <message>
        <source>Every branch starts below {target} already: set a lower target error to compare them</source>
        <translation>Todas las ramas empiezan ya por debajo de {target}: pon un error objetivo menor para compararlas</translation>
    </message>
    <message>
        <source>{name} reached {target} first, at iteration {iteration}</source>
        <translation>{name} alcanzó {target} primero, en la iteración {iteration}</translation>
    </message>
    <message>
        <source>{name} at {iteration}</source>
        <translation>{name} en {iteration}</translation>
    </message>
    <message>
        <source>No branch has reached {target} yet</source>
        <translation>Ninguna rama ha alcanzado {target} todavía</translation>
    </message>
    <message>
        <source>{name} still {error}</source>
        <translation>{name} todavía {error}</translation>
    </message>
</context>
<context>
    <name>RelayWorker</name>
    <message>
        <source>Could not start the helper process: {problem}</source>
        <translation>No se pudo iniciar el proceso auxiliar: {problem}</translation>
    </message>
    <message>
        <source>The helper process did not answer, so it was ended; what it had sent so far is kept.</source>
        <translation>El proceso auxiliar no respondía, así que se ha terminado; se conserva lo que había enviado hasta entonces.</translation>
    </message>
    <message>
        <source>The helper process stopped unexpectedly ({how}); press the button again to retry.</source>
        <translation>El proceso auxiliar se detuvo de forma inesperada ({how}); pulsa el botón otra vez para reintentar.</translation>
    </message>
</context>
<context>
    <name>Run</name>
    <message>
        <source>bias</source>
        <translation>con sesgo</translation>
    </message>
    <message>
        <source>no bias</source>
        <translation>sin sesgo</translation>
    </message>
    <message>
        <source>hidden {hidden} · lr {rate} · {activation} · {bias} · seed {seed}</source>
        <translation>ocultas {hidden} · tasa {rate} · {activation} · {bias} · semilla {seed}</translation>
    </message>
    <message>
        <source>batch {size}</source>
        <translation>lote {size}</translation>
    </message>
    <message>
        <source>L2 {value}</source>
        <translation>L2 {value}</translation>
    </message>
    <message>
        <source>table</source>
        <translation>tabla</translation>
    </message>
</context>
<context>
    <name>RunCheck</name>
    <message>
        <source>This training is too large.</source>
        <translation>Este entrenamiento es demasiado grande.</translation>
    </message>
    <message>
        <source>This training will take a long time.</source>
        <translation>Este entrenamiento tardará mucho.</translation>
    </message>
    <message>
        <source>Train anyway</source>
        <translation>Entrenar de todos modos</translation>
    </message>
</context>
<context>
    <name>RunFollowing</name>
    <message>
        <source>{label} · {iterations} iterations</source>
        <translation>{label} · {iterations} iteraciones</translation>
    </message>
</context>
<context>
    <name>RunProgress</name>
    <message>
        <source>Progress of the run, iterations per second and time left</source>
        <translation>Progreso del entrenamiento, iteraciones por segundo y tiempo restante</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>en pausa</translation>
    </message>
    <message>
        <source>diverged in {seconds} s</source>
        <translation>divergió en {seconds} s</translation>
    </message>
    <message>
        <source>done in {seconds} s</source>
        <translation>listo en {seconds} s</translation>
    </message>
</context>
<context>
    <name>RunStatus</name>
    <message>
        <source>{rate} it/s</source>
        <translation>{rate} it/s</translation>
    </message>
    <message>
        <source>{duration} left</source>
        <translation>quedan {duration}</translation>
    </message>
    <message>
        <source>The helper process has not answered for {seconds} s; press Stop to end the run</source>
        <translation>El proceso auxiliar no responde desde hace {seconds} s; pulsa Detener para terminar el entrenamiento</translation>
    </message>
    <message>
        <source>Looking back at iteration {shown} of {live}: drag History to the right end to come back</source>
        <translation>Mirando atrás en la iteración {shown} de {live}: arrastra Historial al extremo derecho para volver</translation>
    </message>
    <message>
        <source>Ready: press Train (F5)</source>
        <translation>Listo: pulsa Entrenar (F5)</translation>
    </message>
    <message>
        <source>Ready: press Step (F6)</source>
        <translation>Listo: pulsa Paso (F6)</translation>
    </message>
    <message>
        <source>Ready: press Play (Ctrl+Space)</source>
        <translation>Listo: pulsa Seguir (Ctrl+Espacio)</translation>
    </message>
    <message>
        <source>error {value}</source>
        <translation>error {value}</translation>
    </message>
    <message>
        <source>Iteration {number}</source>
        <translation>Iteración {number}</translation>
    </message>
    <message>
        <source>Training failed at iteration {number}</source>
        <translation>El entrenamiento falló en la iteración {number}</translation>
    </message>
    <message>
        <source>Stopped at iteration {number}: the values became non-finite</source>
        <translation>Detenido en la iteración {number}: los valores dejaron de ser finitos</translation>
    </message>
    <message>
        <source>Trained for {number} iterations (as saved)</source>
        <translation>Entrenado durante {number} iteraciones (tal como se guardó)</translation>
    </message>
    <message>
        <source>error of these weights {value}</source>
        <translation>error de estos pesos {value}</translation>
    </message>
    <message>
        <source>Stopped at iteration {number}</source>
        <translation>Detenido en la iteración {number}</translation>
    </message>
    <message>
        <source>Paused at iteration {number}</source>
        <translation>En pausa en la iteración {number}</translation>
    </message>
    <message>
        <source>Step again, or Play to go on</source>
        <translation>Otro paso, o Seguir para seguir</translation>
    </message>
    <message>
        <source>Step again to go on</source>
        <translation>Otro paso para seguir</translation>
    </message>
    <message>
        <source>Play goes on from here</source>
        <translation>Seguir sigue desde aquí</translation>
    </message>
    <message>
        <source>error of the final weights {value}</source>
        <translation>error de los pesos finales {value}</translation>
    </message>
    <message>
        <source>Reached the target error by iteration {number}</source>
        <translation>Error objetivo alcanzado en la iteración {number}</translation>
    </message>
    <message>
        <source>Done at iteration {number}</source>
        <translation>Terminado en la iteración {number}</translation>
    </message>
</context>
<context>
    <name>ScriptView</name>
    <message>
        <source>Exported script</source>
        <translation>Script exportado</translation>
    </message>
    <message>
        <source>Exported Python script</source>
        <translation>Script de Python exportado</translation>
    </message>
    <message>
        <source>Close the script</source>
        <translation>Cerrar el script</translation>
    </message>
    <message>
        <source>Line {line} computes {what}</source>
        <translation>La línea {line} calcula {what}</translation>
    </message>
</context>
<context>
    <name>SharpnessPlot</name>
    <message>
        <source>sharpness (largest Hessian eigenvalue)</source>
        <translation>agudeza (mayor valor propio de la hessiana)</translation>
    </message>
    <message>
        <source>edge of stability (2/η for gradient descent): above it, steps overshoot</source>
        <translation>límite de estabilidad (2/η para el descenso de gradiente): por encima, los pasos se pasan de largo</translation>
    </message>
    <message>
        <source>Sharpness along the run</source>
        <translation>Agudeza a lo largo de la ejecución</translation>
    </message>
    <message>
        <source>{count} of {total} iterations measured are above the edge of stability {limit}</source>
        <translation>{count} de {total} iteraciones medidas están por encima del límite de estabilidad {limit}</translation>
    </message>
    <message>
        <source>iteration</source>
        <translation>iteración</translation>
    </message>
    <message>
        <source>sharpness</source>
        <translation>agudeza</translation>
    </message>
</context>
<context>
    <name>StepDialog</name>
    <message>
        <source>Lesson step</source>
        <translation>Paso de la lección</translation>
    </message>
    <message>
        <source># Heading, **bold**, *emphasis*, `code`, - lists, 1. lists, ``` code blocks</source>
        <translation># Título, **negrita**, *énfasis*, `código`, - listas, 1. listas, ``` bloques de código</translation>
    </message>
    <message>
        <source>Visible panels (the others are hidden)</source>
        <translation>Paneles visibles (los demás se ocultan)</translation>
    </message>
    <message>
        <source>default</source>
        <translation>predeterminada</translation>
    </message>
    <message>
        <source>Step title</source>
        <translation>Título del paso</translation>
    </message>
    <message>
        <source>Step text</source>
        <translation>Texto del paso</translation>
    </message>
    <message>
        <source>Action asked for</source>
        <translation>Acción pedida</translation>
    </message>
    <message>
        <source>Iterations of the action</source>
        <translation>Iteraciones de la acción</translation>
    </message>
    <message>
        <source>Setting to change</source>
        <translation>Ajuste a cambiar</translation>
    </message>
    <message>
        <source>Question type</source>
        <translation>Tipo de pregunta</translation>
    </message>
    <message>
        <source>Question prompt</source>
        <translation>Enunciado de la pregunta</translation>
    </message>
    <message>
        <source>Choices</source>
        <translation>Opciones</translation>
    </message>
    <message>
        <source>Right answer</source>
        <translation>Respuesta correcta</translation>
    </message>
    <message>
        <source>Tolerance</source>
        <translation>Tolerancia</translation>
    </message>
    <message>
        <source>Quantity to predict</source>
        <translation>Magnitud a predecir</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Explicación</translation>
    </message>
    <message>
        <source>Outputs</source>
        <translation>Salidas</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>Pesos</translation>
    </message>
    <message>
        <source>Hide until answered: {what}</source>
        <translation>Ocultar hasta responder: {what}</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Título</translation>
    </message>
    <message>
        <source>Te&amp;xt</source>
        <translation>Te&amp;xto</translation>
    </message>
    <message>
        <source>&amp;Action</source>
        <translation>Acc&amp;ión</translation>
    </message>
    <message>
        <source>Iterations</source>
        <translation>Iteraciones</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Ajuste</translation>
    </message>
    <message>
        <source>&amp;Question</source>
        <translation>&amp;Pregunta</translation>
    </message>
    <message>
        <source>Pro&amp;mpt</source>
        <translation>&amp;Enunciado</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Magnitud</translation>
    </message>
    <message>
        <source>&amp;Explanation</source>
        <translation>Explicació&amp;n</translation>
    </message>
    <message>
        <source>Hide until answered</source>
        <translation>Ocultar hasta responder</translation>
    </message>
    <message>
        <source>Step fields</source>
        <translation>Campos del paso</translation>
    </message>
    <message>
        <source>Pre&amp;view step</source>
        <translation>&amp;Vista previa del paso</translation>
    </message>
    <message>
        <source>Show the step as students see it, with the edits not yet saved</source>
        <translation>Mostrar el paso como lo ven los estudiantes, con los cambios aún sin guardar</translation>
    </message>
    <message>
        <source>Iteration to reach</source>
        <translation>Iteración a alcanzar</translation>
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
        <translation>Entrenar (una ejecución completa)</translation>
    </message>
    <message>
        <source>Step once</source>
        <translation>Un paso</translation>
    </message>
    <message>
        <source>Step N iterations</source>
        <translation>N pasos (iteraciones)</translation>
    </message>
    <message>
        <source>Play to an iteration</source>
        <translation>Seguir hasta una iteración</translation>
    </message>
    <message>
        <source>Edit a cell or a weight</source>
        <translation>Editar una celda o un peso</translation>
    </message>
    <message>
        <source>Change a setting</source>
        <translation>Cambiar un ajuste</translation>
    </message>
    <message>
        <source>Multiple choice</source>
        <translation>Opción múltiple</translation>
    </message>
    <message>
        <source>Type a number</source>
        <translation>Escribe un número</translation>
    </message>
    <message>
        <source>Predict a value of the inspector</source>
        <translation>Predecir un valor del inspector</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabla</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Train and Stop</source>
        <translation>Entrenar y Detener</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Reiniciar</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Seguir</translation>
    </message>
    <message>
        <source>Step and Step N</source>
        <translation>Paso y N pasos</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Velocidad</translation>
    </message>
    <message>
        <source>Error plot</source>
        <translation>Gráfica del error</translation>
    </message>
    <message>
        <source>Network diagram</source>
        <translation>Diagrama de la red</translation>
    </message>
    <message>
        <source>Predictions</source>
        <translation>Predicciones</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Decision map</source>
        <translation>Mapa de decisión</translation>
    </message>
    <message>
        <source>Backprop inspector</source>
        <translation>Inspector de retropropagación</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>No action</source>
        <translation>Ninguna acción</translation>
    </message>
    <message>
        <source>No question</source>
        <translation>Ninguna pregunta</translation>
    </message>
    <message>
        <source>Any setting</source>
        <translation>Cualquier ajuste</translation>
    </message>
    <message>
        <source>{name} (Adam)</source>
        <translation>{name} (Adam)</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Objetivos</translation>
    </message>
    <message>
        <source>Not in this network</source>
        <translation>No está en esta red</translation>
    </message>
    <message>
        <source>Weights from layer {k} to layer {next}</source>
        <translation>Pesos de la capa {k} a la capa {next}</translation>
    </message>
    <message>
        <source>Change of the weights from layer {k} to layer {next}</source>
        <translation>Cambio de los pesos de la capa {k} a la capa {next}</translation>
    </message>
    <message>
        <source>Output error</source>
        <translation>Error de la salida</translation>
    </message>
    <message>
        <source>Error of hidden layer {k}</source>
        <translation>Error de la capa oculta {k}</translation>
    </message>
    <message>
        <source>Output delta</source>
        <translation>Delta de la salida</translation>
    </message>
    <message>
        <source>Delta of hidden layer {k}</source>
        <translation>Delta de la capa oculta {k}</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>Entradas</translation>
    </message>
    <message>
        <source>Outputs of hidden layer {k}</source>
        <translation>Salidas de la capa oculta {k}</translation>
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
        <translation>Vista previa del paso</translation>
    </message>
    <message>
        <source>How students see the step, unsaved edits included. Answering here changes nothing; a prediction is checked only in the lesson.</source>
        <translation>Así ven los estudiantes el paso, con los cambios sin guardar. Responder aquí no cambia nada; una predicción solo se comprueba en la lección.</translation>
    </message>
    <message>
        <source>Close preview</source>
        <translation>Cerrar la vista previa</translation>
    </message>
    <message>
        <source>In the lesson the prediction is locked in here and checked against the network once the step&apos;s action is done.</source>
        <translation>En la lección la predicción se fija aquí y se compara con la red cuando se ha hecho la acción del paso.</translation>
    </message>
</context>
<context>
    <name>StudyWindow</name>
    <message>
        <source>bias</source>
        <translation>con sesgo</translation>
    </message>
    <message>
        <source>no bias</source>
        <translation>sin sesgo</translation>
    </message>
    <message numerus="yes">
        <source>hidden {hidden} · {activation} · {bias} · learning rate {rate} · {iterations} iterations · %n row(s)</source>
        <translation>
            <numerusform>ocultas {hidden} · {activation} · {bias} · tasa de aprendizaje {rate} · {iterations} iteraciones · %n fila</numerusform>
            <numerusform>ocultas {hidden} · {activation} · {bias} · tasa de aprendizaje {rate} · {iterations} iteraciones · %n filas</numerusform>
        </translation>
    </message>
    <message>
        <source>Convergence study</source>
        <translation>Estudio de convergencia</translation>
    </message>
    <message>
        <source>How many networks to train: seeds s, s+1, ... (up to {most}), each starting from different random weights</source>
        <translation>Cuántas redes entrenar: semillas s, s+1, ... (hasta {most}), cada una con pesos iniciales aleatorios distintos</translation>
    </message>
    <message>
        <source>Seeds</source>
        <translation>Semillas</translation>
    </message>
    <message>
        <source>A run has learnt the table when the mean |error| of its final weights is at most this</source>
        <translation>Un entrenamiento ha aprendido la tabla cuando el |error| medio de sus pesos finales es como mucho este</translation>
    </message>
    <message>
        <source>Target error</source>
        <translation>Error objetivo</translation>
    </message>
    <message>
        <source>▶  Train all seeds</source>
        <translation>▶  Entrenar todas las semillas</translation>
    </message>
    <message>
        <source>Train the setting shown in the main window from every seed at once</source>
        <translation>Entrenar la configuración de la ventana principal con todas las semillas a la vez</translation>
    </message>
    <message>
        <source>■  Stop</source>
        <translation>■  Detener</translation>
    </message>
    <message>
        <source>Error of every run</source>
        <translation>Error de cada entrenamiento</translation>
    </message>
    <message>
        <source>Final errors</source>
        <translation>Errores finales</translation>
    </message>
    <message>
        <source>Cannot study this setting: {reason}</source>
        <translation>No se puede estudiar esta configuración: {reason}</translation>
    </message>
    <message>
        <source>the settings are invalid</source>
        <translation>la configuración no es válida</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Train this setting from %n seed(s)&lt;/b&gt; ({first} to {last}): {setting}</source>
        <translation>
            <numerusform>&lt;b&gt;Entrenar esta configuración con %n semilla&lt;/b&gt; ({first} a {last}): {setting}</numerusform>
            <numerusform>&lt;b&gt;Entrenar esta configuración con %n semillas&lt;/b&gt; ({first} a {last}): {setting}</numerusform>
        </translation>
    </message>
    <message>
        <source>Training…</source>
        <translation>Entrenando…</translation>
    </message>
    <message>
        <source>The study failed: {problem}</source>
        <translation>El estudio falló: {problem}</translation>
    </message>
    <message>
        <source>The helper process has not answered for {seconds} s; press Stop to end the study</source>
        <translation>El proceso auxiliar no responde desde hace {seconds} s; pulsa Detener para terminar el estudio</translation>
    </message>
    <message>
        <source>Press &lt;b&gt;Train all seeds&lt;/b&gt;: every seed starts from different random weights. How many of them learn the table?</source>
        <translation>Pulsa &lt;b&gt;Entrenar todas las semillas&lt;/b&gt;: cada semilla empieza con pesos aleatorios distintos. ¿Cuántas aprenden la tabla?</translation>
    </message>
    <message numerus="yes">
        <source>{n} of %n run(s) ({share}%) reached the target error {target}</source>
        <translation>
            <numerusform>{n} de %n entrenamiento ({share} %) alcanzaron el error objetivo {target}</numerusform>
            <numerusform>{n} de %n entrenamientos ({share} %) alcanzaron el error objetivo {target}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{n} of %n run(s) ({share}%) are at the target error {target}</source>
        <translation>
            <numerusform>{n} de %n entrenamiento ({share} %) están en el error objetivo {target}</numerusform>
            <numerusform>{n} de %n entrenamientos ({share} %) están en el error objetivo {target}</numerusform>
        </translation>
    </message>
    <message>
        <source>best seed {best} ({best_error}), worst seed {worst} ({worst_error})</source>
        <translation>mejor semilla {best} ({best_error}), peor semilla {worst} ({worst_error})</translation>
    </message>
    <message numerus="yes">
        <source>%n diverged</source>
        <translation>
            <numerusform>%n divergió</numerusform>
            <numerusform>%n divergieron</numerusform>
        </translation>
    </message>
    <message>
        <source>stopped at iteration {number}</source>
        <translation>detenido en la iteración {number}</translation>
    </message>
    <message>
        <source>iteration</source>
        <translation>iteración</translation>
    </message>
    <message>
        <source>mean |error|</source>
        <translation>|error| medio</translation>
    </message>
    <message>
        <source>final mean |error|</source>
        <translation>|error| medio final</translation>
    </message>
    <message>
        <source>runs</source>
        <translation>entrenamientos</translation>
    </message>
</context>
<context>
    <name>SurfacePlot</name>
    <message>
        <source>Error surface</source>
        <translation>Superficie de error</translation>
    </message>
    <message>
        <source>Error along the straight line</source>
        <translation>Error a lo largo de la línea recta</translation>
    </message>
    <message>
        <source>this run</source>
        <translation>esta ejecución</translation>
    </message>
    <message>
        <source>the straight line start → end</source>
        <translation>la recta inicio → final</translation>
    </message>
    <message>
        <source>the run&apos;s states (at their projection on the line)</source>
        <translation>los estados de la ejecución (en su proyección sobre la recta)</translation>
    </message>
    <message>
        <source>mean |error|</source>
        <translation>|error| medio</translation>
    </message>
    <message>
        <source>colour: mean |error| over the training rows</source>
        <translation>color: |error| medio sobre las filas de entrenamiento</translation>
    </message>
</context>
<context>
    <name>TransportBar</name>
    <message>
        <source>full speed</source>
        <translation>toda velocidad</translation>
    </message>
    <message>
        <source>1 iteration a second</source>
        <translation>1 iteración/s</translation>
    </message>
    <message>
        <source>{rate} it/s</source>
        <translation>{rate} it/s</translation>
    </message>
    <message>
        <source>Classroom</source>
        <translation>Clase</translation>
    </message>
    <message>
        <source>▶  Play</source>
        <translation>▶  Seguir</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>Do exactly one iteration (one forward pass, one backward pass, one update), then pause (F6). Open the inspector to see every number of it.</source>
        <translation>Hacer exactamente una iteración (una propagación hacia delante, una hacia atrás, una actualización) y pausar (F6). Abre el inspector para ver cada número.</translation>
    </message>
    <message>
        <source>Step N:</source>
        <translation>N pasos:</translation>
    </message>
    <message>
        <source>How many iterations Step N does</source>
        <translation>Cuántas iteraciones hace N pasos</translation>
    </message>
    <message>
        <source>Step N count</source>
        <translation>Número de pasos de N pasos</translation>
    </message>
    <message>
        <source>How fast training goes: from 1 iteration a second (slow motion: the diagram and the numbers change at every iteration) to full speed. You can change it while training runs.</source>
        <translation>A qué velocidad entrena: desde 1 iteración por segundo (cámara lenta: el diagrama y los números cambian en cada iteración) hasta toda velocidad. Se puede cambiar durante el entrenamiento.</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Velocidad</translation>
    </message>
    <message>
        <source>Stop at error ≤</source>
        <translation>Parar con error ≤</translation>
    </message>
    <message>
        <source>Also stop as soon as the error (the mean of |target − output|) is at most this value, even before the last iteration.</source>
        <translation>Parar también en cuanto el error (la media de |objetivo − salida|) sea como mucho este valor, incluso antes de la última iteración.</translation>
    </message>
    <message>
        <source>Target error</source>
        <translation>Error objetivo</translation>
    </message>
    <message>
        <source>How many iterations (weight updates) the network has done so far</source>
        <translation>Cuántas iteraciones (actualizaciones de pesos) ha hecho la red hasta ahora</translation>
    </message>
    <message>
        <source>Iteration 1,000,000,000  (looking back)</source>
        <translation>Iteración 1.000.000.000  (mirando atrás)</translation>
    </message>
    <message>
        <source>❚❚  Pause</source>
        <translation>❚❚  Pausa</translation>
    </message>
    <message>
        <source>Pause (Ctrl+Space): stop here and keep everything; Play goes on from here</source>
        <translation>Pausa (Ctrl+Espacio): parar aquí y conservarlo todo; Seguir sigue desde aquí</translation>
    </message>
    <message>
        <source>Play (Ctrl+Space): train from where the network is now, at the chosen speed, up to Iterations</source>
        <translation>Seguir (Ctrl+Espacio): entrenar desde donde está la red, a la velocidad elegida, hasta Iteraciones</translation>
    </message>
    <message>
        <source>Iteration {number}  (looking back)</source>
        <translation>Iteración {number}  (mirando atrás)</translation>
    </message>
    <message>
        <source>Iteration {number}</source>
        <translation>Iteración {number}</translation>
    </message>
    <message numerus="yes">
        <source>Do %Ln iteration(s) at the chosen speed, then pause (Shift+F6)</source>
        <translation>
            <numerusform>Hacer %Ln iteración a la velocidad elegida y pausar (Mayús+F6)</numerusform>
            <numerusform>Hacer %Ln iteraciones a la velocidad elegida y pausar (Mayús+F6)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TypedCells</name>
    <message>
        <source>Pause training first (typed numbers are for a network standing still).</source>
        <translation>Primero pausa el entrenamiento (los números escritos son para una red quieta).</translation>
    </message>
    <message>
        <source>Drag History to the right end first: typed numbers are for the live network.</source>
        <translation>Primero arrastra el Historial al extremo derecho: los números escritos son para la red actual.</translation>
    </message>
    <message>
        <source>Your prediction for {cell}: {value}. Now press Step.</source>
        <translation>Tu predicción para {cell}: {value}. Ahora pulsa Paso.</translation>
    </message>
    <message>
        <source>Type {cell} = {value}</source>
        <translation>Escribir {cell} = {value}</translation>
    </message>
    <message>
        <source>The prediction was for the next Step: type it again and press Step.</source>
        <translation>La predicción era para el siguiente Paso: escríbela otra vez y pulsa Paso.</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <source>hidden layers</source>
        <translation>capas ocultas</translation>
    </message>
    <message>
        <source>iterations</source>
        <translation>iteraciones</translation>
    </message>
    <message>
        <source>learning rate</source>
        <translation>tasa de aprendizaje</translation>
    </message>
    <message>
        <source>activation</source>
        <translation>activación</translation>
    </message>
    <message>
        <source>bias</source>
        <translation>sesgo</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>semilla</translation>
    </message>
    <message>
        <source>log interval</source>
        <translation>intervalo de registro</translation>
    </message>
    <message>
        <source>output</source>
        <translation>capa de salida</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>función de pérdida</translation>
    </message>
    <message>
        <source>L2 decay</source>
        <translation>decaimiento L2</translation>
    </message>
    <message>
        <source>optimizer</source>
        <translation>optimizador</translation>
    </message>
    <message>
        <source>momentum</source>
        <translation>momento</translation>
    </message>
    <message>
        <source>batch size</source>
        <translation>tamaño de lote</translation>
    </message>
    <message numerus="yes">
        <source>Insert %n row(s)</source>
        <translation>
            <numerusform>Insertar %n fila</numerusform>
            <numerusform>Insertar %n filas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n row(s)</source>
        <translation>
            <numerusform>Quitar %n fila</numerusform>
            <numerusform>Quitar %n filas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %n row(s) as test</source>
        <translation>
            <numerusform>Marcar %n fila de prueba</numerusform>
            <numerusform>Marcar %n filas de prueba</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %n row(s) as training</source>
        <translation>
            <numerusform>Marcar %n fila de entrenamiento</numerusform>
            <numerusform>Marcar %n filas de entrenamiento</numerusform>
        </translation>
    </message>
    <message>
        <source>Insert input column {name}</source>
        <translation>Insertar columna de entrada {name}</translation>
    </message>
    <message>
        <source>Insert target column {name}</source>
        <translation>Insertar columna objetivo {name}</translation>
    </message>
    <message>
        <source>Remove column {name}</source>
        <translation>Quitar columna {name}</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n column(s)</source>
        <translation>
            <numerusform>Quitar %n columna</numerusform>
            <numerusform>Quitar %n columnas</numerusform>
        </translation>
    </message>
    <message>
        <source>Rename column {old} to {new}</source>
        <translation>Renombrar columna {old} a {new}</translation>
    </message>
    <message>
        <source>Make {name} an input</source>
        <translation>Convertir {name} en entrada</translation>
    </message>
    <message>
        <source>Make {name} a target</source>
        <translation>Convertir {name} en objetivo</translation>
    </message>
    <message numerus="yes">
        <source>Make %n column(s) inputs</source>
        <translation>
            <numerusform>Convertir %n columna en entrada</numerusform>
            <numerusform>Convertir %n columnas en entradas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Make %n column(s) targets</source>
        <translation>
            <numerusform>Convertir %n columna en objetivo</numerusform>
            <numerusform>Convertir %n columnas en objetivos</numerusform>
        </translation>
    </message>
    <message>
        <source>Change settings</source>
        <translation>Cambiar ajustes</translation>
    </message>
    <message>
        <source>Change {what}</source>
        <translation>Cambiar {what}</translation>
    </message>
    <message>
        <source> and </source>
        <translation> y </translation>
    </message>
</context>
<context>
    <name>WindowTools</name>
    <message>
        <source>Race from here…</source>
        <translation>Carrera desde aquí…</translation>
    </message>
    <message>
        <source>Train several branches from the state on show, each with one choice changed, side by side</source>
        <translation>Entrena varias ramas desde el estado mostrado, una al lado de otra, cada una con una opción cambiada</translation>
    </message>
    <message>
        <source>Loss landscape…</source>
        <translation>Paisaje del error…</translation>
    </message>
    <message>
        <source>The error surface over two weights of the run on show, its path and the paths of other optimisers from the same start</source>
        <translation>La superficie del error sobre dos pesos de la ejecución mostrada, su camino y los caminos de otros optimizadores desde el mismo inicio</translation>
    </message>
    <message>
        <source>Failure atlas…</source>
        <translation>Atlas de fallos…</translation>
    </message>
    <message>
        <source>Train a grid of settings and seeds and map why each run failed</source>
        <translation>Entrena una cuadrícula de ajustes y semillas y muestra en un mapa por qué falló cada ejecución</translation>
    </message>
    <message>
        <source>There is no network to race: fix the table or the settings first.</source>
        <translation>No hay ninguna red para la carrera: corrige primero la tabla o los ajustes.</translation>
    </message>
    <message>
        <source>Stop training before opening a cell of the atlas.</source>
        <translation>Detén el entrenamiento antes de abrir una celda del atlas.</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>This branch cannot become the current run now: the main window is training, or the run it started from is no longer in its tree.</source>
        <translation>Esta rama no puede ser la ejecución actual ahora: la ventana principal está entrenando, o la ejecución de la que partió ya no está en su árbol.</translation>
    </message>
</context>
</TS>

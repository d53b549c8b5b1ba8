<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>Accessibility</name>
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
</context>
<context>
    <name>ControlsPanel</name>
    <message>
        <source>Units in the hidden layer. 0 = no hidden layer: the inputs connect straight to the output, like the notebook&apos;s first example.</source>
        <translation>Unidades de la capa oculta. 0 = sin capa oculta: las entradas se conectan directamente con la salida, como en el primer ejemplo del cuaderno.</translation>
    </message>
    <message>
        <source>Hidden units</source>
        <translation>Unidades ocultas</translation>
    </message>
    <message>
        <source>Several hidden layers: their sizes separated by commas, e.g. 4,3. 0 = no hidden layer.</source>
        <translation>Varias capas ocultas: sus tamaños separados por comas, p. ej. 4,3. 0 = sin capa oculta.</translation>
    </message>
    <message>
        <source>e.g. 4,3</source>
        <translation>p. ej. 4,3</translation>
    </message>
    <message>
        <source>Hidden layer sizes</source>
        <translation>Tamaños de las capas ocultas</translation>
    </message>
    <message>
        <source>How many times the network sees the whole table and adjusts its weights.</source>
        <translation>Cuántas veces la red ve la tabla entera y ajusta sus pesos.</translation>
    </message>
    <message>
        <source>Iterations</source>
        <translation>Iteraciones</translation>
    </message>
    <message>
        <source>Learning rate: how big each weight change is. The notebook uses 1. Too big and the units saturate; too small and learning is slow.</source>
        <translation>Tasa de aprendizaje: cuánto cambia cada peso en cada paso. El cuaderno usa 1. Demasiado grande y las unidades se saturan; demasiado pequeña y el aprendizaje es lento.</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Tasa de aprendizaje</translation>
    </message>
    <message>
        <source>The function each hidden unit applies to its input. The output always uses the sigmoid, so it lies between 0 and 1.</source>
        <translation>La función que cada unidad oculta aplica a su entrada. La salida siempre usa la sigmoide, así que queda entre 0 y 1.</translation>
    </message>
    <message>
        <source>Hidden activation</source>
        <translation>Activación de las capas ocultas</translation>
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
        <source>The random seed of the starting weights. The same seed always gives the same start, so runs can be repeated exactly.</source>
        <translation>La semilla aleatoria de los pesos iniciales. La misma semilla da siempre el mismo comienzo, así que los entrenamientos se pueden repetir exactamente.</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Semilla</translation>
    </message>
    <message>
        <source>Write the error to the log every this many iterations (the notebook prints every 10,000).</source>
        <translation>Escribir el error en el registro cada tantas iteraciones (el cuaderno lo imprime cada 10 000).</translation>
    </message>
    <message>
        <source>Log every</source>
        <translation>Registrar cada</translation>
    </message>
    <message>
        <source>la&amp;yers:</source>
        <translation>&amp;capas:</translation>
    </message>
    <message>
        <source>Hidden &amp;units</source>
        <translation>&amp;Unidades ocultas</translation>
    </message>
    <message>
        <source>&amp;Iterations</source>
        <translation>&amp;Iteraciones</translation>
    </message>
    <message>
        <source>&amp;Learning rate</source>
        <translation>Tasa de apren&amp;dizaje</translation>
    </message>
    <message>
        <source>&amp;Activation</source>
        <translation>Activació&amp;n</translation>
    </message>
    <message>
        <source>&amp;Seed</source>
        <translation>Semi&amp;lla</translation>
    </message>
    <message>
        <source>Lo&amp;g every</source>
        <translation>Re&amp;gistrar cada</translation>
    </message>
    <message>
        <source>Hidden layers: {problem}</source>
        <translation>Capas ocultas: {problem}</translation>
    </message>
</context>
<context>
    <name>DecisionMapView</name>
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
        <source>Decision map</source>
        <translation>Mapa de decisión</translation>
    </message>
</context>
<context>
    <name>ErrorPlot</name>
    <message>
        <source>Error plot</source>
        <translation>Gráfica del error</translation>
    </message>
    <message>
        <source>Point under the mouse</source>
        <translation>Punto bajo el ratón</translation>
    </message>
</context>
<context>
    <name>ExpressionField</name>
    <message>
        <source>Target rule</source>
        <translation>Regla del objetivo</translation>
    </message>
</context>
<context>
    <name>FillTargetDialog</name>
    <message>
        <source>Target column</source>
        <translation>Columna objetivo</translation>
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
&lt;b&gt;Reproducir&lt;/b&gt; sigue desde donde está la red; &lt;b&gt;Pausa&lt;/b&gt; (o &lt;b&gt;Detener&lt;/b&gt;) lo conserva todo, así que
Reproducir continúa exactamente como si nunca se hubiera pausado.&lt;/li&gt;
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
        <source>History</source>
        <translation>Historial</translation>
    </message>
</context>
<context>
    <name>InspectorPanel</name>
    <message>
        <source>Inspector matrices</source>
        <translation>Matrices del inspector</translation>
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
    <name>MainWindow</name>
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
</context>
<context>
    <name>NetworkView</name>
    <message>
        <source>Network diagram</source>
        <translation>Diagrama de la red</translation>
    </message>
</context>
<context>
    <name>StudyWindow</name>
    <message>
        <source>Seeds</source>
        <translation>Semillas</translation>
    </message>
    <message>
        <source>Target error</source>
        <translation>Error objetivo</translation>
    </message>
    <message>
        <source>Error of every run</source>
        <translation>Error de cada entrenamiento</translation>
    </message>
    <message>
        <source>Final errors</source>
        <translation>Errores finales</translation>
    </message>
</context>
<context>
    <name>TransportBar</name>
    <message>
        <source>Step N count</source>
        <translation>Número de pasos de N pasos</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Velocidad</translation>
    </message>
    <message>
        <source>Target error</source>
        <translation>Error objetivo</translation>
    </message>
</context>
</TS>

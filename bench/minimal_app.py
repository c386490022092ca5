"""The floor for the load benchmark: a minimal Dash app showing one bar chart, nothing else."""
import sys

import plotly.graph_objects as go
from dash import Dash, dcc

app = Dash(__name__)
app.layout = dcc.Graph(figure=go.Figure(go.Bar(x=["2017", "2020"], y=[5300, 74500])))

if __name__ == "__main__":
    app.run(host="127.0.0.1", port=int(sys.argv[1]), debug=False)

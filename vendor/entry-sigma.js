// The WebGL renderer of the network page: graphology's Graph and sigma.js, exposed as one
// global (window.PGSigma) for graph/templates/network.js.
import Graph from "graphology";
import Sigma from "sigma";
import { EdgeLineProgram, NodeCircleProgram } from "sigma/rendering";
import { NodeSquareProgram } from "@sigma/node-square";

window.PGSigma = { Graph, Sigma, EdgeLineProgram, NodeCircleProgram, NodeSquareProgram };
